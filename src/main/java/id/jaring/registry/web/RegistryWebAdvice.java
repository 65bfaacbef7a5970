package id.jaring.registry.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

import id.jaring.platform.NotFoundException;

/**
 * For the registry's pages only: a record that does not exist or lies outside the user's scope
 * answers with the 404 page (the same for both, so guessing ids reveals nothing), a role without
 * the right with the 403 page; and every page gets the select options.
 */
@ControllerAdvice(basePackageClasses = RegistryWebAdvice.class)
class RegistryWebAdvice {

    @ModelAttribute("choices")
    Choices choices() {
        return Choices.INSTANCE;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        ModelAndView page = new ModelAndView("error/404");
        page.setStatus(HttpStatus.NOT_FOUND);
        return page;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView accessDenied() {
        ModelAndView page = new ModelAndView("error/403");
        page.setStatus(HttpStatus.FORBIDDEN);
        return page;
    }
}
