package id.jaring.linkage.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import id.jaring.linkage.LinkageCodes;
import id.jaring.platform.ValidationFailedException;

/**
 * Problems of the review API: a decision on an item no longer in the required state is a
 * conflict (409), a missing reason a validation failure (400), a role that may not decide 403.
 */
@RestControllerAdvice(basePackageClasses = ReviewApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReviewApiProblems {

    private static final Set<String> CONFLICTS = Set.of(LinkageCodes.REVIEW_ALREADY_DECIDED, LinkageCodes.REVIEW_NOT_ACCEPTED);

    private final MessageSource messages;

    ReviewApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ValidationFailedException.class)
    ProblemDetail refused(ValidationFailedException e, Locale locale) {
        boolean conflict = e.violations().stream().anyMatch(v -> CONFLICTS.contains(v.code()));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(conflict ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST,
                messages.getMessage("error.validation", null, "Validation failed", locale));
        problem.setType(URI.create(conflict ? "urn:jaring:problem:conflict" : "urn:jaring:problem:validation"));
        List<Map<String, Object>> errors = e.violations().stream()
                .map(v -> Map.<String, Object>of("code", v.code(), "field", v.field() == null ? "" : v.field(),
                        "severity", v.severity().name(),
                        "message", messages.getMessage(v.messageKey(), v.args().toArray(), v.code(), locale)))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied() {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.FORBIDDEN);
        problem.setType(URI.create("urn:jaring:problem:forbidden"));
        return problem;
    }
}
