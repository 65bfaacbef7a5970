package id.jaring.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.jaring.access.Role;

/** The {@code app_user} table. Usernames are compared lower-case. */
@Repository
public class UserAccounts {

    private static final String COLUMNS = """
            id, username, display_name, password_hash, role, agency_code, region_code, enabled,
            failed_attempts, locked_until, created_at, updated_at""";

    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    public Optional<UserAccount> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from app_user where id = :id")
                .param("id", id).query(UserAccounts::map).optional();
    }

    public Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from app_user where lower(username) = :username")
                .param("username", normalise(username)).query(UserAccounts::map).optional();
    }

    /** Locks the row for the rest of the transaction, so that concurrent changes queue up. */
    Optional<UserAccount> findByIdForUpdate(long id) {
        return jdbc.sql("select " + COLUMNS + " from app_user where id = :id for update")
                .param("id", id).query(UserAccounts::map).optional();
    }

    public List<UserAccount> page(int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from app_user order by lower(username) offset :offset limit :limit")
                .param("offset", offset).param("limit", limit).query(UserAccounts::map).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    boolean anyAdmin() {
        return jdbc.sql("select exists (select 1 from app_user where role = 'ADMIN')").query(Boolean.class).single();
    }

    /** Enabled administrators other than {@code exceptId}. */
    long otherEnabledAdmins(long exceptId) {
        return jdbc.sql("select count(*) from app_user where role = 'ADMIN' and enabled and id <> :id")
                .param("id", exceptId).query(Long.class).single();
    }

    long insert(String username, String displayName, String passwordHash, Role role, String agencyCode,
            String regionCode, Instant now) {
        return jdbc.sql("""
                insert into app_user (username, display_name, password_hash, role, agency_code, region_code,
                                      enabled, failed_attempts, created_at, updated_at)
                values (:username, :displayName, :hash, :role, :agency, :region, true, 0, :now, :now)
                returning id
                """)
                .param("username", normalise(username)).param("displayName", displayName).param("hash", passwordHash)
                .param("role", role.name()).param("agency", agencyCode).param("region", regionCode)
                .param("now", Timestamp.from(now))
                .query(Long.class).single();
    }

    void updateProfile(long id, String displayName, Role role, String agencyCode, String regionCode, Instant now) {
        jdbc.sql("""
                update app_user set display_name = :displayName, role = :role, agency_code = :agency,
                                    region_code = :region, updated_at = :now
                where id = :id
                """)
                .param("displayName", displayName).param("role", role.name()).param("agency", agencyCode)
                .param("region", regionCode).param("now", Timestamp.from(now)).param("id", id)
                .update();
    }

    void setEnabled(long id, boolean enabled, Instant now) {
        jdbc.sql("update app_user set enabled = :enabled, updated_at = :now where id = :id")
                .param("enabled", enabled).param("now", Timestamp.from(now)).param("id", id).update();
    }

    /** A new password also clears a lock: the administrator has spoken to the user. */
    void setPassword(long id, String passwordHash, Instant now) {
        jdbc.sql("""
                update app_user set password_hash = :hash, failed_attempts = 0, locked_until = null, updated_at = :now
                where id = :id
                """)
                .param("hash", passwordHash).param("now", Timestamp.from(now)).param("id", id).update();
    }

    /** Re-hash on login with stronger settings; not a change the user made, so updated_at stays. */
    void upgradePasswordHash(long id, String passwordHash) {
        jdbc.sql("update app_user set password_hash = :hash where id = :id")
                .param("hash", passwordHash).param("id", id).update();
    }

    void unlock(long id, Instant now) {
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = null, updated_at = :now where id = :id")
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    /**
     * Counts one more consecutive failure and returns the new count. A lock that has run out
     * starts the count afresh, so an expired lock gives the full number of attempts again.
     */
    int recordFailure(long id, Instant now) {
        return jdbc.sql("""
                update app_user set
                    failed_attempts = case when locked_until is not null and locked_until <= :now then 1
                                           else failed_attempts + 1 end,
                    locked_until = case when locked_until is not null and locked_until <= :now then null
                                        else locked_until end
                where id = :id
                returning failed_attempts
                """)
                .param("now", Timestamp.from(now)).param("id", id).query(Integer.class).single();
    }

    void lockUntil(long id, Instant until) {
        jdbc.sql("update app_user set locked_until = :until where id = :id")
                .param("until", Timestamp.from(until)).param("id", id).update();
    }

    /** A successful login forgets earlier failures. Writes only when there is something to forget. */
    void resetFailures(long id) {
        jdbc.sql("""
                update app_user set failed_attempts = 0, locked_until = null
                where id = :id and (failed_attempts <> 0 or locked_until is not null)
                """)
                .param("id", id).update();
    }

    static UserAccount map(ResultSet rs, int row) throws SQLException {
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("password_hash"), Role.valueOf(rs.getString("role")), rs.getString("agency_code"),
                rs.getString("region_code"), rs.getBoolean("enabled"), rs.getInt("failed_attempts"),
                instant(rs.getTimestamp("locked_until")), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("updated_at")));
    }

    static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
