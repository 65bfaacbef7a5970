package id.jaring.access.api;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * Declares the API's one way in, a personal token as {@code Authorization: Bearer jrg_...}, and
 * requires it on every operation. A customizer rather than an OpenAPI bean, so that other modules
 * can describe the API too.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiSecurity {

    static final String BEARER = "bearer";

    @Bean
    OpenApiCustomizer bearerTokenScheme() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSecuritySchemes(BEARER, new SecurityScheme()
                    .type(SecurityScheme.Type.HTTP)
                    .scheme("bearer")
                    .bearerFormat("jrg_<prefix>_<secret>")
                    .description("A personal API token, created on the page API tokens (/tokens)."));
            openApi.addSecurityItem(new SecurityRequirement().addList(BEARER));
        };
    }
}
