package id.jaring.access;

/** Who is acting now (from the web session, the API token, or the system for batch work). */
public interface CurrentUsers {

    /** @throws org.springframework.security.access.AccessDeniedException when nobody is logged in */
    CurrentUser current();
}
