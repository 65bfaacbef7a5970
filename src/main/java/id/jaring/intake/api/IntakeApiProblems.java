package id.jaring.intake.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import id.jaring.intake.file.FileProblem;

/**
 * The intake API's own problem answers: a file that cannot be taken (400, its FileProblem code),
 * and nothing else. A role or agency that may not (403), validation and state errors (BATCH_NOT_VALIDATED ...)
 * fall through to the platform's ApiProblems.
 */
@RestControllerAdvice(basePackageClasses = IntakeApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class IntakeApiProblems {

    private final MessageSource messages;

    IntakeApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(FileProblem.class)
    ProblemDetail file(FileProblem e, Locale locale) {
        return problem(e.code(), e.args(), locale);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(Locale locale) {
        return problem(FileProblem.FILE_TOO_LARGE, new Object[0], locale);
    }

    private ProblemDetail problem(String code, Object[] args, Locale locale) {
        String message = messages.getMessage("error." + code, args, code, locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setType(URI.create("urn:jaring:problem:file"));
        problem.setProperty("errors", List.of(Map.of("code", code, "field", "file", "severity", "ERROR",
                "message", message)));
        return problem;
    }
}
