package id.jaring.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.jaring.intake.file.mapping.ColumnProposal;
import id.jaring.intake.file.mapping.HeaderMapping;

import id.jaring.platform.Violation;

/**
 * Column mappings: proposed for a header by the file layer's {@link HeaderMapping} (the agency's
 * saved choices first, then canonical names, synonyms, close names), checked, and saved per
 * agency for the next upload. A proposal is certain when nothing in it is a guess.
 */
@Component
class ColumnMappings {

    private final JdbcClient jdbc;

    ColumnMappings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A proposal and whether every column of it is certain (saved or canonical, none guessed). */
    record Proposal(Map<String, String> mapping, boolean certain) {
    }

    Proposal propose(String agencyCode, List<String> header) {
        Map<String, String> mapping = new LinkedHashMap<>();
        boolean certain = true;
        for (ColumnProposal p : HeaderMapping.propose(header, savedBySource(agencyCode, header))) {
            // two columns claiming one canonical column: neither is taken until the operator chooses
            String target = p.canonical() == null || p.duplicate() ? "" : p.canonical();
            mapping.put(p.source(), target);
            certain &= !p.duplicate() && (p.basis() == ColumnProposal.Basis.SAVED
                    || p.basis() == ColumnProposal.Basis.CANONICAL || p.basis() == ColumnProposal.Basis.NONE);
        }
        return new Proposal(mapping, certain && check(mapping).isEmpty());
    }

    /** The agency's saved choices for this header's columns, by the header cell as written. */
    private Map<String, String> savedBySource(String agencyCode, List<String> header) {
        Map<String, String> saved = saved(agencyCode);
        Map<String, String> bySource = new HashMap<>();
        for (String column : header) {
            String target = saved.get(key(column));
            if (target != null) {
                bySource.put(column, target);
            }
        }
        return bySource;
    }

    /** Problems of a mapping: unknown targets, a target twice, required columns not mapped. */
    static List<Violation> check(Map<String, String> mapping) {
        List<Violation> found = new ArrayList<>();
        Set<String> targets = new HashSet<>();
        for (var e : mapping.entrySet()) {
            String target = e.getValue() == null ? "" : e.getValue();
            if (target.isEmpty()) {
                continue;
            }
            if (CanonicalColumn.of(target).isEmpty()) {
                found.add(Violation.error(IntakeCodes.MAPPING_TARGET_UNKNOWN, e.getKey(), target));
            } else if (!targets.add(CanonicalColumn.of(target).get().column())) {
                found.add(Violation.error(IntakeCodes.MAPPING_TARGET_TWICE, e.getKey(), target));
            }
        }
        for (CanonicalColumn c : CanonicalColumn.values()) {
            if (c.required() && !targets.contains(c.column())) {
                found.add(Violation.error(IntakeCodes.MAPPING_REQUIRED_MISSING, c.column(), c.column()));
            }
        }
        return found;
    }

    void save(String agencyCode, Map<String, String> mapping, String username, Instant now) {
        for (var e : mapping.entrySet()) {
            jdbc.sql("""
                    insert into import_mapping (agency_code, source_column, target, updated_at, updated_by)
                    values (:agency, :source, :target, :now, :by)
                    on conflict (agency_code, source_column) do update set target = excluded.target,
                        updated_at = excluded.updated_at, updated_by = excluded.updated_by
                    """).param("agency", agencyCode).param("source", key(e.getKey()))
                    .param("target", e.getValue() == null ? "" : e.getValue())
                    .param("now", ImportBatches.ts(now)).param("by", username).update();
        }
    }

    Map<String, String> saved(String agencyCode) {
        Map<String, String> saved = new HashMap<>();
        jdbc.sql("select source_column, target from import_mapping where agency_code = :agency")
                .param("agency", agencyCode).query(rs -> {
                    saved.put(rs.getString(1), rs.getString(2));
                });
        return saved;
    }

    static String key(String header) {
        return header.strip().toUpperCase(Locale.ROOT);
    }
}
