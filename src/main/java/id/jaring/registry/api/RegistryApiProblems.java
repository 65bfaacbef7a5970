package id.jaring.registry.api;

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
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import id.jaring.platform.Violation;
import id.jaring.registry.RegistryCodes;
import id.jaring.registry.StaleVersionException;
import id.jaring.registry.UnconfirmedWarningsException;

/**
 * The registry API's own problem answers, before the platform's general ones: unconfirmed
 * warnings (422), a stale version (409), unreadable requests (400 MALFORMED_REQUEST) and a role
 * that may not do this (403). Other validation failures fall through to the platform (400).
 */
@RestControllerAdvice(basePackageClasses = RegistryApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegistryApiProblems {

    private final MessageSource messages;

    RegistryApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(UnconfirmedWarningsException.class)
    ProblemDetail unconfirmed(UnconfirmedWarningsException e, Locale locale) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "unconfirmed-warnings", "error.unconfirmed", e.violations(), locale);
    }

    @ExceptionHandler(StaleVersionException.class)
    ProblemDetail stale(StaleVersionException e, Locale locale) {
        return problem(HttpStatus.CONFLICT, "concurrent-modification", "error.concurrent", e.violations(), locale);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class})
    ProblemDetail malformed(Exception e, Locale locale) {
        // the parser's message may quote the request body: it stays out of the answer and the logs
        return problem(HttpStatus.BAD_REQUEST, "malformed-request", "error.malformed",
                List.of(Violation.error(RegistryCodes.MALFORMED_REQUEST, fieldOf(e))), locale);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied() {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.FORBIDDEN);
        problem.setType(URI.create("urn:jaring:problem:forbidden"));
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

    private ProblemDetail problem(HttpStatus status, String type, String detailKey, List<Violation> violations,
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
}
