package id.jaring.enrollment.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import id.jaring.platform.NotFoundException;

/** For the enrolment pages: unknown records answer with the 404 page, a role without the right with the 403 page. */
@ControllerAdvice(basePackageClasses = EnrolmentWebAdvice.class)
class EnrolmentWebAdvice {

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
