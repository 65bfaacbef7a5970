package id.jaring.enrollment.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The enrolment API's own problem answers: a role that may not (403) and an unreadable request
 * (400 MALFORMED_REQUEST). Validation failures and 404 fall through to the platform's.
 */
@RestControllerAdvice(basePackageClasses = EnrolmentApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class EnrolmentApiProblems {

    private final MessageSource messages;

    EnrolmentApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied() {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.FORBIDDEN);
        problem.setType(URI.create("urn:jaring:problem:forbidden"));
        return problem;
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ProblemDetail malformed(Locale locale) {
        // the parser's message may quote the request body: it stays out of the answer
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("error.malformed", null, "Bad request", locale));
        problem.setType(URI.create("urn:jaring:problem:malformed-request"));
        problem.setProperty("errors", List.of(Map.of("code", "MALFORMED_REQUEST", "field", "", "severity", "ERROR",
                "message", messages.getMessage("error.MALFORMED_REQUEST", null, "MALFORMED_REQUEST", locale))));
        return problem;
    }
}
