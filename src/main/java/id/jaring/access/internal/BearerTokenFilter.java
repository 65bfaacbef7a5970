package id.jaring.access.internal;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Authenticates API requests by {@code Authorization: Bearer <token>}. A request without the
 * header goes on unauthenticated (and meets the entry point if it needs a user); a request with a
 * token that is not valid is answered {@code 401} at once, with the reason's stable code.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final TokenVerification verification;
    private final ApiProblemWriter problems;

    BearerTokenFilter(TokenVerification verification, ApiProblemWriter problems) {
        this.verification = verification;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            problems.unauthorized(request, response, TokenVerification.Refusal.TOKEN_INVALID.name());
            return;
        }
        TokenVerification.Outcome outcome = verification.verify(header.substring(BEARER.length()).strip());
        if (outcome.refusal() != null) {
            problems.unauthorized(request, response, outcome.refusal().name());
            return;
        }
        UserAuthentication authentication = new UserAuthentication(outcome.user());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
