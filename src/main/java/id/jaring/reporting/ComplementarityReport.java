package id.jaring.reporting;

import java.io.OutputStream;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.jaring.access.CurrentUser;
import id.jaring.access.ScopeFilter;
import id.jaring.platform.TableExport;
import id.jaring.program.Programme;

/**
 * Complementarity: which families in the caller's region receive several programmes at once, and
 * which programme combinations, per kab/kota. Across every programme (also other agencies': the
 * answer is counts only, so every role that logs in may see it and it is not audited), or across
 * the programmes asked for. One SQL statement groups the AKTIF enrolments per family, then the
 * families per kab/kota and set of programmes.
 */
@Service
public class ComplementarityReport {

    private static final String SQL = """
            with families as (
                select k.household_id, h.kabkota_code, array_agg(k.programme_id order by k.programme_id) as programmes
                from kpm_active k join household h on h.id = k.household_id
                where %s%s
                group by k.household_id, h.kabkota_code)
            select kabkota_code, programmes, count(*) from families
            group by kabkota_code, programmes
            """;

    /** Most families first, then by the programmes' codes. */
    private static final Comparator<Complementarity.Combination> MOST_FIRST = Comparator
            .comparingLong(Complementarity.Combination::families).reversed()
            .thenComparing(c -> String.join("+", c.programmeCodes()));

    private final ReportGuard guard;
    private final ReportText text;
    private final JdbcClient jdbc;
    private final Clock clock;

    ComplementarityReport(ReportGuard guard, ReportText text, JdbcClient jdbc, Clock clock) {
        this.guard = guard;
        this.text = text;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param programmeCodes the programmes to consider; null or empty: every programme
     * @throws id.jaring.platform.NotFoundException when a code names no programme
     */
    @Transactional(readOnly = true)
    public Complementarity of(Collection<String> programmeCodes) {
        CurrentUser user = guard.reader();
        Map<Long, String> codes = programmes(programmeCodes);
        ScopeFilter scope = ScopeFilter.of(user.scope(), "h");
        Map<String, Object> params = new HashMap<>(scope.params());
        boolean chosen = programmeCodes != null && !programmeCodes.isEmpty();
        if (chosen) {
            params.put("cmp_programmes", List.copyOf(codes.keySet()));
        }
        record Group(String kabKota, List<String> programmes, long families) {
        }
        List<Group> groups = jdbc.sql(SQL.formatted(scope.sql(), chosen ? " and k.programme_id in (:cmp_programmes)" : ""))
                .params(params)
                .query((rs, n) -> new Group(rs.getString(1), codesOf(rs.getArray(2), codes), rs.getLong(3)))
                .list();
        Map<String, List<Group>> byKab = groups.stream()
                .collect(Collectors.groupingBy(Group::kabKota, TreeMap::new, Collectors.toList()));
        List<Complementarity.KabKota> kabKota = byKab.entrySet().stream()
                .map(e -> Complementarity.KabKota.of(e.getKey(), guard.regionName(e.getKey()),
                        e.getValue().stream().mapToLong(Group::families).sum(),
                        e.getValue().stream().filter(g -> g.programmes().size() > 1).mapToLong(Group::families).sum()))
                .toList();
        Complementarity.KabKota total = Complementarity.KabKota.of(null, null,
                kabKota.stream().mapToLong(Complementarity.KabKota::served).sum(),
                kabKota.stream().mapToLong(Complementarity.KabKota::several).sum());
        List<Complementarity.Combination> perKab = groups.stream().filter(g -> g.programmes().size() > 1)
                .map(g -> new Complementarity.Combination(g.kabKota(), guard.regionName(g.kabKota()), g.programmes(),
                        g.families()))
                .sorted(Comparator.comparing(Complementarity.Combination::kabKotaCode).thenComparing(MOST_FIRST))
                .toList();
        Map<List<String>, Long> overall = new LinkedHashMap<>();
        perKab.forEach(c -> overall.merge(c.programmeCodes(), c.families(), Long::sum));
        List<Complementarity.Combination> combinations = overall.entrySet().stream()
                .map(e -> new Complementarity.Combination(null, null, e.getKey(), e.getValue()))
                .sorted(MOST_FIRST)
                .toList();
        return new Complementarity(LocalDate.now(clock), codes.values().stream().sorted().toList(), kabKota, total,
                combinations, perKab);
    }

    /** Per kab/kota (served, several, share) or per kab/kota and combination, as CSV or XLSX. */
    public void export(Complementarity c, ComplementarityTable which, TableExport.Format format, OutputStream out,
            Locale locale) {
        if (which == ComplementarityTable.COMBINATIONS) {
            try (TableExport table = TableExport.open(format, "combinations", out,
                    text.columns(locale, "kabKotaCode", "kabKota", "programmes", "programmeCount", "families"))) {
                c.combinationsByKabKota().forEach(x -> table.row(x.kabKotaCode(), x.kabKotaName(),
                        String.join(" + ", x.programmeCodes()), x.programmeCodes().size(), x.families()));
            }
            return;
        }
        try (TableExport table = TableExport.open(format, "complementarity", out,
                text.columns(locale, "kabKotaCode", "kabKota", "servedAny", "several", "severalShare"))) {
            c.kabKota().forEach(k -> table.row(k.kabKotaCode(), k.kabKotaName(), k.served(), k.several(),
                    k.severalShare()));
            Complementarity.KabKota t = c.total();
            table.row(null, text.text("report.total", locale), t.served(), t.several(), t.severalShare());
        }
    }

    /** Programme ids to codes: the ones asked for, or every programme. */
    private Map<Long, String> programmes(Collection<String> asked) {
        Map<Long, String> codes = new HashMap<>();
        if (asked == null || asked.isEmpty()) {
            guard.allProgrammes().forEach(p -> codes.put(p.id(), p.code()));
        } else {
            for (String code : asked) {
                Programme p = guard.anyProgramme(code);
                codes.put(p.id(), p.code());
            }
        }
        return codes;
    }

    private static List<String> codesOf(Array ids, Map<Long, String> codes) throws SQLException {
        List<String> result = new ArrayList<>();
        for (Object id : (Object[]) ids.getArray()) {
            result.add(codes.getOrDefault(((Number) id).longValue(), String.valueOf(id)));
        }
        return result.stream().sorted().toList();
    }
}
