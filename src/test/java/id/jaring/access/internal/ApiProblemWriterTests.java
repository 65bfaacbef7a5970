package id.jaring.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

class ApiProblemWriterTests {

    private final StaticMessageSource messages = new StaticMessageSource();
    private final ApiProblemWriter writer = new ApiProblemWriter(messages);

    @Test
    void forbiddenIsProblemJsonWithAStableCode() throws Exception {
        messages.addMessage("error.ACCESS_DENIED", Locale.ENGLISH, "You are not allowed to do this.");
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/households");
        request.addPreferredLocale(Locale.ENGLISH);
        MockHttpServletResponse response = new MockHttpServletResponse();

        writer.handle(request, response, new AccessDeniedException("no"));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString())
                .contains("\"code\":\"ACCESS_DENIED\"")
                .contains("\"status\":403")
                .contains("You are not allowed to do this.")
                .contains("\"instance\":\"/api/v1/households\"");
    }

    @Test
    void unauthorizedAsksForABearerToken() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        writer.unauthorized(new MockHttpServletRequest("GET", "/api/v1/me"), response, "TOKEN_EXPIRED");

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.getContentAsString()).contains("\"code\":\"TOKEN_EXPIRED\"");
    }
}
