package id.jaring.access.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's answers to missing or refused credentials ({@code 401}) and to forbidden requests
 * ({@code 403}): RFC 7807 problem+json with a stable {@code code}, as the rest of the API answers.
 */
class ApiProblemWriter implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().build();

    ApiProblemWriter(MessageSource messages) {
        this.messages = messages;
    }

    /** No credentials at all on a request that needs them. */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        unauthorized(request, response, "TOKEN_MISSING");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "ACCESS_DENIED");
    }

    void unauthorized(HttpServletRequest request, HttpServletResponse response, String code) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"jaring\"");
        write(request, response, HttpStatus.UNAUTHORIZED, code);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
            throws IOException {
        Locale locale = request.getLocale() != null && "en".equals(request.getLocale().getLanguage())
                ? Locale.ENGLISH : Locale.forLanguageTag("id");
        // the fields of RFC 7807 as ProblemDetail renders them elsewhere, plus the stable code
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:jaring:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-'));
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", messages.getMessage("error." + code, null, code, locale));
        problem.put("instance", request.getRequestURI());
        problem.put("code", code);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
