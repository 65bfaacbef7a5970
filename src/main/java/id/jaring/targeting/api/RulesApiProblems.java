package id.jaring.targeting.api;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** 403 for a role that may not see members, 400 for an unreadable body; the rest falls through to the platform. */
@RestControllerAdvice(basePackageClasses = RulesApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RulesApiProblems {

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied() {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.FORBIDDEN);
        problem.setType(URI.create("urn:jaring:problem:forbidden"));
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail malformed() {
        // the parser's message may quote the request body: it stays out of the answer
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setType(URI.create("urn:jaring:problem:malformed-request"));
        return problem;
    }
}
