package id.jaring.access.internal;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import id.jaring.access.CurrentUser;

/**
 * A person or system authenticated by Jaring itself (password or API token). Its principal is
 * the {@link CurrentUser}; its one authority is {@code ROLE_<ROLE>} for URL and method security.
 */
public final class UserAuthentication extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final CurrentUser user;

    public UserAuthentication(CurrentUser user) {
        super(authorities(user));
        this.user = user;
        setAuthenticated(true);
    }

    public static List<GrantedAuthority> authorities(CurrentUser user) {
        return List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
    }

    @Override
    public CurrentUser getPrincipal() {
        return user;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public String getName() {
        return user.username();
    }
}
