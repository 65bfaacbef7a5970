package id.jaring.platform;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.annotation.RestController;

/**
 * Renders domain failures of the REST API as {@code application/problem+json}. Validation
 * failures carry the list of violations with their stable codes.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems {

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ValidationFailedException.class)
    ProblemDetail validationFailed(ValidationFailedException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("error.validation", null, "Validation failed", locale));
        problem.setType(URI.create("urn:jaring:problem:validation"));
        problem.setProperty("errors", render(e.violations(), locale));
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(URI.create("urn:jaring:problem:not-found"));
        return problem;
    }

    private List<Map<String, Object>> render(List<Violation> violations, Locale locale) {
        return violations.stream()
                .map(v -> Map.<String, Object>of(
                        "code", v.code(),
                        "field", v.field() == null ? "" : v.field(),
                        "severity", v.severity().name(),
                        "message", messages.getMessage(v.messageKey(), v.args().toArray(), v.code(), locale)))
                .toList();
    }
}
