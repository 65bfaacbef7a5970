package id.jaring.access.web;

import java.io.IOException;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import id.jaring.platform.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

/** A user or token that does not exist (or is not the caller's) is a plain 404 page. */
@ControllerAdvice(assignableTypes = {UsersController.class, TokensController.class})
class AccessPageErrors {

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
