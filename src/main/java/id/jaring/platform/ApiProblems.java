package id.jaring.platform;

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
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Renders failures of every REST controller as {@code application/problem+json}: validation
 * failures (400) and conflicts (409) with the list of violations and their stable codes, unreadable
 * requests (400 MALFORMED_REQUEST), a role that may not (403), and records that do not exist or lie
 * outside the caller's scope (404). A module adds its own advice only for its own exceptions.
 *
 * <p>Ordered before {@link PageErrors}, which would otherwise answer a REST call with a page.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE - 1)
public class ApiProblems {

    /** The request body or a parameter could not be read (bad JSON, unknown enum, bad date). */
    public static final String MALFORMED_REQUEST = "MALFORMED_REQUEST";

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e, Locale locale) {
        return problem(HttpStatus.CONFLICT, "conflict", "error.concurrent", e.violations(), locale);
    }

    @ExceptionHandler(ValidationFailedException.class)
    ProblemDetail validationFailed(ValidationFailedException e, Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, "validation", "error.validation", e.violations(), locale);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class})
    ProblemDetail malformed(Exception e, Locale locale) {
        // the parser's message may quote the request body: it stays out of the answer and the logs
        return problem(HttpStatus.BAD_REQUEST, "malformed-request", "error.malformed",
                List.of(Violation.error(MALFORMED_REQUEST, fieldOf(e))), locale);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied() {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.FORBIDDEN);
        problem.setType(URI.create("urn:jaring:problem:forbidden"));
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(URI.create("urn:jaring:problem:not-found"));
        return problem;
    }

    /**
     * A problem with the given status whose {@code errors} list the violations with their rendered
     * messages; for modules that map exceptions of their own.
     */
    public ProblemDetail problem(HttpStatus status, String type, String detailKey, List<Violation> violations,
            Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(detailKey, null, status.getReasonPhrase(), locale));
        problem.setType(URI.create("urn:jaring:problem:" + type));
        problem.setProperty("errors", violations.stream()
                .map(v -> Map.<String, Object>of(
                        "code", v.code(),
                        "field", v.field() == null ? "" : v.field(),
                        "severity", v.severity().name(),
                        "message", messages.getMessage(v.messageKey(), v.args().toArray(), v.code(), locale)))
                .toList());
        return problem;
    }

    private static String fieldOf(Exception e) {
        if (e instanceof MethodArgumentTypeMismatchException m) {
            return m.getName();
        }
        if (e instanceof MissingServletRequestParameterException m) {
            return m.getParameterName();
        }
        return "";
    }
}
