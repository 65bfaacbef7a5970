package id.jaring.registry.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** For the registry's pages: every page gets the select options (errors: platform PageErrors). */
@ControllerAdvice(basePackageClasses = RegistryWebAdvice.class)
class RegistryWebAdvice {

    @ModelAttribute("choices")
    Choices choices() {
        return Choices.INSTANCE;
    }
}
