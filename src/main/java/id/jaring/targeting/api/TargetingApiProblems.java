package id.jaring.targeting.api;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A role that may not do this answers 403 problem+json (validation and 404: the platform's answers). */
@RestControllerAdvice(basePackageClasses = TargetingApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TargetingApiProblems {

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied() {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.FORBIDDEN);
        problem.setType(URI.create("urn:jaring:problem:forbidden"));
        return problem;
    }
}
