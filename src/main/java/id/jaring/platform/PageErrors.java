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
 * 403 page. REST controllers are answered by {@link ApiProblems}, which comes first.
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

    private static ModelAndView page(String view, HttpStatus status) {
        ModelAndView page = new ModelAndView(view);
        page.setStatus(status);
        return page;
    }
}
