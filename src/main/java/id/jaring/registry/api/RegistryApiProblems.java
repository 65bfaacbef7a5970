package id.jaring.registry.api;

import java.util.Locale;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import id.jaring.platform.ApiProblems;
import id.jaring.registry.UnconfirmedWarningsException;

/**
 * The registry API's own problem answer, before the platform's general ones: unconfirmed warnings
 * (422: the client resends with confirmWarnings). A stale version is a platform conflict (409);
 * everything else falls through to {@link ApiProblems}.
 */
@RestControllerAdvice(basePackageClasses = RegistryApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegistryApiProblems {

    private final ApiProblems problems;

    RegistryApiProblems(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(UnconfirmedWarningsException.class)
    ProblemDetail unconfirmed(UnconfirmedWarningsException e, Locale locale) {
        return problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "unconfirmed-warnings", "error.unconfirmed",
                e.violations(), locale);
    }
}
