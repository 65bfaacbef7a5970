package id.jaring.registry;

import static id.jaring.registry.Sql.date;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.jaring.access.CurrentUser;
import id.jaring.access.ScopeFilter;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;
import id.jaring.wilayah.Region;
import id.jaring.wilayah.Regions;

/**
 * Finds people and families within the caller's scope: exact NIK and No. KK, fuzzy names
 * (pg_trgm similarity on the normalised name), and keyset-paginated family lists per region.
 * Results are never post-filtered: the scope is part of every WHERE. Needs a role that may read
 * personal data (not PIMPINAN). Search results are not full records and are not audited.
 * Records merged into another one ({@link PersonMerging}) are never found: their survivor is.
 */
@Service
public class RegistrySearch {

    /** Upper bound of any result list. */
    public static final int MAX_RESULTS = 100;

    private static final String MATCH_COLUMNS = """
            select p.id, p.nik, p.nama, p.jenis_kelamin, p.tanggal_lahir, p.tanggal_meninggal, p.desa_code,
                   m.household_id, h.no_kk, m.hubungan_keluarga
            """;
    private static final String MATCH_JOINS = """
            from person p
            left join household_member m on m.person_id = p.id and m.valid_to is null
            left join household h on h.id = m.household_id
            """;
    private static final String SUMMARY = """
            select h.id, h.no_kk, h.desa_code, h.alamat, h.rt, h.rw, h.status,
                   (select p.nama from household_member m join person p on p.id = m.person_id
                     where m.household_id = h.id and m.valid_to is null and m.hubungan_keluarga = 'KEPALA KELUARGA') head,
                   (select count(*) from household_member m where m.household_id = h.id and m.valid_to is null) members
            from household h
            """;

    private final RegistryGuard guard;
    private final Regions regions;
    private final JdbcClient jdbc;
    private final double nameSimilarity;

    /**
     * @param nameSimilarity least trigram similarity of a name hit: 0.4 keeps "SITI AMINNAH" (0.79)
     *        and a bare "SITI" (0.42) for SITI AMINAH, but not SITI ROHMAH (0.33); pg_trgm's own
     *        default 0.3 lets common name parts flood the ranking on millions of rows
     */
    RegistrySearch(RegistryGuard guard, Regions regions, JdbcClient jdbc,
            @Value("${jaring.registry.name-similarity:0.4}") double nameSimilarity) {
        this.guard = guard;
        this.regions = regions;
        this.jdbc = jdbc;
        this.nameSimilarity = nameSimilarity;
    }

    /** People with this NIK (the living one, and any dead ones), exact. */
    @Transactional(readOnly = true)
    public List<PersonMatch> byNik(String nik) {
        CurrentUser user = guard.reader();
        String n = nik == null ? "" : nik.strip();
        if (!n.matches("\\d{16}")) {
            throw new ValidationFailedException(Violation.error(RegistryCodes.NIK_FORMAT, "nik"));
        }
        ScopeFilter f = ScopeFilter.of(user.scope(), "p");
        return jdbc.sql(MATCH_COLUMNS + ", 1.0 score " + MATCH_JOINS + " where p.nik = :nik and p.merged_into is null and " + f.sql()
                + " order by p.tanggal_meninggal nulls first, p.id limit " + MAX_RESULTS)
                .params(f.params()).param("nik", n)
                .query(RegistrySearch::match).list();
    }

    /** Families with this No. KK (the active one, and retired ones), exact. */
    @Transactional(readOnly = true)
    public List<HouseholdSummary> byNoKk(String noKk) {
        CurrentUser user = guard.reader();
        String n = noKk == null ? "" : noKk.strip();
        if (!n.matches("\\d{16}")) {
            throw new ValidationFailedException(Violation.error(RegistryCodes.KK_FORMAT, "noKk"));
        }
        ScopeFilter f = ScopeFilter.of(user.scope(), "h");
        return jdbc.sql(SUMMARY + " where h.no_kk = :noKk and " + f.sql() + " order by h.status <> 'AKTIF', h.id limit "
                + MAX_RESULTS)
                .params(f.params()).param("noKk", n)
                .query(RegistrySearch::summary).list();
    }

    /**
     * People whose name is like {@code name}: case, spacing and punctuation do not matter, small
     * misspellings are tolerated (trigram similarity at least {@code jaring.registry.name-similarity},
     * 0.4 by default). Best first.
     *
     * @param regionCode optional region of any level (dotted or plain) to search in
     * @param limit at most {@link #MAX_RESULTS}
     */
    @Transactional(readOnly = true)
    public List<PersonMatch> byName(String name, String regionCode, int limit) {
        CurrentUser user = guard.reader();
        String q = name == null ? null : jdbc.sql("select registry_normalise_name(:name)").param("name", name)
                .query(String.class).optional().orElse(null);
        if (q == null || q.isBlank()) {
            throw new ValidationFailedException(Violation.error(RegistryCodes.REQUIRED, "name", "name"));
        }
        ScopeFilter f = ScopeFilter.of(user.scope(), "p");
        Map<String, Object> params = new HashMap<>(f.params());
        params.put("q", q);
        params.put("limit", Math.max(1, Math.min(limit, MAX_RESULTS)));
        String regionSql = regionCondition(regionCode, "p", params);
        jdbc.sql("select set_config('pg_trgm.similarity_threshold', :t, true)")
                .param("t", String.valueOf(nameSimilarity)).query(String.class).single();
        // the constant :q on the right of % lets the planner use the trigram GIN index
        return jdbc.sql(MATCH_COLUMNS + ", similarity(p.nama_search, :q) score " + MATCH_JOINS
                + " where p.nama_search % :q and p.merged_into is null and " + f.sql() + " and " + regionSql
                + " order by score desc, p.tanggal_meninggal nulls first, p.id limit :limit")
                .params(params)
                .query(RegistrySearch::match).list();
    }

    /**
     * Families of a region (any level; null = the whole scope), by id, after the cursor
     * {@code after} (null or 0 = from the start). Stable under inserts, and as fast on the last
     * page as on the first.
     *
     * @param size page size, 1..{@link #MAX_RESULTS}
     */
    @Transactional(readOnly = true)
    public KeysetPage<HouseholdSummary> households(String regionCode, Long after, int size) {
        CurrentUser user = guard.reader();
        int pageSize = Math.max(1, Math.min(size, MAX_RESULTS));
        ScopeFilter f = ScopeFilter.of(user.scope(), "h");
        Map<String, Object> params = new HashMap<>(f.params());
        params.put("after", after == null ? 0L : after);
        params.put("fetch", pageSize + 1);
        String regionSql = regionCondition(regionCode, "h", params);
        List<HouseholdSummary> rows = jdbc.sql(SUMMARY + " where h.id > :after and " + f.sql() + " and " + regionSql
                + " order by h.id limit :fetch")
                .params(params)
                .query(RegistrySearch::summary).list();
        if (rows.size() <= pageSize) {
            return new KeysetPage<>(rows, null);
        }
        List<HouseholdSummary> page = rows.subList(0, pageSize);
        return new KeysetPage<>(page, page.get(pageSize - 1).id());
    }

    /**
     * A region condition on {@code alias.kabkota_code/desa_code}, shaped so an index serves it:
     * equality on desa for a desa, equality on kab/kota (plus a prefix for a kecamatan).
     */
    private String regionCondition(String regionCode, String alias, Map<String, Object> params) {
        if (regionCode == null || regionCode.isBlank()) {
            return "true";
        }
        Region region = regions.find(regionCode)
                .orElseThrow(() -> new ValidationFailedException(Violation.error(RegistryCodes.REGION_UNKNOWN, "region", regionCode)));
        return switch (region.level()) {
            case Region.PROVINCE -> "true";
            case Region.KAB_KOTA -> {
                params.put("regionKab", region.code());
                yield alias + ".kabkota_code = :regionKab";
            }
            case Region.KECAMATAN -> {
                params.put("regionKab", region.kabKotaCode());
                params.put("regionPrefix", region.code() + ".%");
                yield alias + ".kabkota_code = :regionKab and " + alias + ".desa_code like :regionPrefix";
            }
            default -> {
                params.put("regionKab", region.kabKotaCode());
                params.put("regionDesa", region.code());
                yield alias + ".kabkota_code = :regionKab and " + alias + ".desa_code = :regionDesa";
            }
        };
    }

    private static PersonMatch match(ResultSet rs, int n) throws SQLException {
        String hubungan = rs.getString("hubungan_keluarga");
        return new PersonMatch(rs.getLong("id"), rs.getString("nik"), rs.getString("nama"),
                Sex.valueOf(rs.getString("jenis_kelamin")), date(rs, "tanggal_lahir"),
                rs.getObject("tanggal_meninggal") == null, rs.getString("desa_code"), Sql.longOrNull(rs, "household_id"),
                rs.getString("no_kk"), hubungan == null ? null : Relationship.fromLabel(hubungan), rs.getDouble("score"));
    }

    private static HouseholdSummary summary(ResultSet rs, int n) throws SQLException {
        return new HouseholdSummary(rs.getLong("id"), rs.getString("no_kk"), rs.getString("desa_code"),
                rs.getString("alamat"), rs.getString("rt"), rs.getString("rw"),
                HouseholdStatus.valueOf(rs.getString("status")), rs.getString("head"), rs.getInt("members"));
    }
}
