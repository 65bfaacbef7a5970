package id.jaring.platform;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * For every page: a record that does not exist or lies outside the user's scope answers with the
 * 404 page (the same for both, so guessing ids reveals nothing), a role without the right with the
 * 403 page, a validation failure no page handled with the 422 page. REST controllers are answered by {@link ApiProblems}, which comes first.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return page("error/404", HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView accessDenied() {
        return page("error/403", HttpStatus.FORBIDDEN);
    }

    /**
     * Input or stored data a page could not use and did not handle itself (for example a rule saved
     * under an older grammar that no longer parses): 422 with each problem's message, not a 500.
     */
    @ExceptionHandler(ValidationFailedException.class)
    ModelAndView invalid(ValidationFailedException e) {
        ModelAndView page = page("error/422", HttpStatus.UNPROCESSABLE_ENTITY);
        page.addObject("violations", e.violations());
        return page;
    }

    private static ModelAndView page(String view, HttpStatus status) {
        ModelAndView page = new ModelAndView(view);
        page.setStatus(status);
        return page;
    }
}
