package id.jaring.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code api_token} table. */
@Repository
class ApiTokens {

    /** last_used_at is for people reading the token list, so minute precision saves a write per request. */
    static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private static final String SELECT = """
            select t.id, t.user_id, u.username, t.name, t.prefix, t.created_at, t.expires_at, t.revoked_at,
                   t.last_used_at
            from api_token t join app_user u on u.id = t.user_id
            """;

    private final JdbcClient jdbc;

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long userId, String name, String hash, String prefix, Instant createdAt, Instant expiresAt) {
        return jdbc.sql("""
                insert into api_token (user_id, name, token_hash, prefix, created_at, expires_at)
                values (:user, :name, :hash, :prefix, :created, :expires)
                returning id
                """)
                .param("user", userId).param("name", name).param("hash", hash).param("prefix", prefix)
                .param("created", Timestamp.from(createdAt)).param("expires", Timestamp.from(expiresAt))
                .query(Long.class).single();
    }

    Optional<ApiToken> findById(long id) {
        return jdbc.sql(SELECT + " where t.id = :id").param("id", id).query(ApiTokens::map).optional();
    }

    List<ApiToken> ofUser(long userId) {
        return jdbc.sql(SELECT + " where t.user_id = :user order by t.created_at desc, t.id desc")
                .param("user", userId).query(ApiTokens::map).list();
    }

    List<ApiToken> all(int limit) {
        return jdbc.sql(SELECT + " order by t.created_at desc, t.id desc limit :limit")
                .param("limit", limit).query(ApiTokens::map).list();
    }

    /** The token with this hash and its owner, both as they are now. */
    Optional<TokenOwner> findByHash(String hash) {
        return jdbc.sql("""
                select t.id as token_id, t.expires_at, t.revoked_at, u.id, u.username, u.display_name,
                       u.password_hash, u.role, u.agency_code, u.region_code, u.enabled, u.failed_attempts,
                       u.locked_until, u.created_at, u.updated_at
                from api_token t join app_user u on u.id = t.user_id
                where t.token_hash = :hash
                """)
                .param("hash", hash)
                .query((rs, n) -> new TokenOwner(rs.getLong("token_id"), rs.getTimestamp("expires_at").toInstant(),
                        UserAccounts.instant(rs.getTimestamp("revoked_at")), UserAccounts.map(rs, n)))
                .optional();
    }

    record TokenOwner(long tokenId, Instant expiresAt, Instant revokedAt, UserAccount owner) {
    }

    boolean revoke(long id, Instant now) {
        return jdbc.sql("update api_token set revoked_at = :now where id = :id and revoked_at is null")
                .param("now", Timestamp.from(now)).param("id", id).update() == 1;
    }

    void touch(long id, Instant now) {
        jdbc.sql("""
                update api_token set last_used_at = :now
                where id = :id and (last_used_at is null or last_used_at < :stale)
                """)
                .param("now", Timestamp.from(now)).param("stale", Timestamp.from(now.minus(LAST_USED_RESOLUTION)))
                .param("id", id).update();
    }

    private static ApiToken map(ResultSet rs, int row) throws SQLException {
        return new ApiToken(rs.getLong("id"), rs.getLong("user_id"), rs.getString("username"), rs.getString("name"),
                rs.getString("prefix"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(), UserAccounts.instant(rs.getTimestamp("revoked_at")),
                UserAccounts.instant(rs.getTimestamp("last_used_at")));
    }
}
