package id.jaring.access.internal;

import java.io.IOException;
import java.time.Duration;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers every failed login, whatever the reason, after the same delay and with the same page,
 * so that guessing passwords is slow and the answer does not tell which usernames exist.
 */
class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    private final Duration delay;

    LoginFailureHandler(Duration delay) {
        super("/login?error");
        this.delay = delay;
        // the reason stays on the server: the page shows one message for every failure
        setAllowSessionCreation(false);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        if (!delay.isZero() && !delay.isNegative()) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        super.onAuthenticationFailure(request, response, exception);
    }
}
