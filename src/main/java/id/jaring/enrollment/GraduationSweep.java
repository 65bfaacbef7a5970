package id.jaring.enrollment;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.jaring.program.AutomaticExits;
import id.jaring.program.BenefitComponent;
import id.jaring.program.Programme;
import id.jaring.program.ProgrammeComponents;

/**
 * One programme's share of a daily run, inside the run's transaction, as the system user: the time
 * limits (every AKTIF KPM whose last day lies before {@code asOf}) and, at a tahap's end, the natural
 * graduations, each through {@link EnrolmentExits#proposeAutomatic} (idempotent; a proposal or a
 * decision per the programme's setting). Counts what it wrote and what it found already there.
 */
@Component
class GraduationSweep {

    private static final String DUE = """
            select e.id, e.start_date, e.planned_end_date,
                   exists (select 1 from enrolment_exit x
                           where x.enrolment_id = e.id and x.status in ('DIUSULKAN', 'DIVERIFIKASI')) as has_open_exit
            from enrolment e
            where e.programme_id = :p and e.status = 'AKTIF' and e.planned_end_date < :asOf
            order by e.id
            """;

    /** Counts of one kind, as the sweep goes. */
    static final class Tally {
        int proposed;
        int decided;
        int skipped;

        void add(AutomaticExit result) {
            if (!result.created()) {
                skipped++;
            } else if (result.exit().status() == ExitStatus.DISETUJUI) {
                decided++;
            } else {
                proposed++;
            }
        }

        GraduationRun.KindCounts counts() {
            return new GraduationRun.KindCounts(proposed, decided, skipped);
        }
    }

    private record Due(long enrolmentId, LocalDate start, LocalDate lastDay, boolean hasOpenExit) {
    }

    private final JdbcClient jdbc;
    private final EnrolmentExits exits;
    private final NaturalGraduation natural;
    private final ProgrammeComponents components;

    GraduationSweep(JdbcClient jdbc, EnrolmentExits exits, NaturalGraduation natural, ProgrammeComponents components) {
        this.jdbc = jdbc;
        this.exits = exits;
        this.natural = natural;
        this.components = components;
    }

    /**
     * BATAS_WAKTU for every AKTIF KPM whose limit date (the day after the last day) is on or before
     * {@code asOf}. Under USULAN a KPM with an open exit is skipped without a call (proposeAutomatic
     * would write nothing either); under KEPUTUSAN every one is handed over (an open proposal of a
     * person is superseded).
     */
    void timeLimits(Programme programme, LocalDate asOf, Tally tally) {
        if (programme.maxDurationMonths() == null) {
            return;
        }
        boolean proposalsOnly = programme.automaticExits() == AutomaticExits.USULAN;
        List<Due> due = jdbc.sql(DUE).param("p", programme.id()).param("asOf", asOf)
                .query((rs, n) -> new Due(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
                        rs.getBoolean(4)))
                .list();
        for (Due d : due) {
            if (proposalsOnly && d.hasOpenExit()) {
                tally.skipped++;
                continue;
            }
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("aturan", "BATAS_WAKTU");
            evidence.put("tanggal", asOf.toString());
            evidence.put("mulai", d.start().toString());
            evidence.put("hariTerakhir", d.lastDay().toString());
            evidence.put("batas", d.lastDay().plusDays(1).toString());
            evidence.put("maksimumBulan", programme.maxDurationMonths());
            tally.add(exits.proposeAutomatic(d.enrolmentId(), ExitKind.BATAS_WAKTU, evidence, asOf));
        }
    }

    /** The programme's tahap per year (the most among its components), or 0 when it has no component. */
    int tahapPerYear(Programme programme) {
        return components.of(programme.code()).stream().mapToInt(BenefitComponent::tahapPerYear).max().orElse(0);
    }

    /** True when every component has a member condition (and there is one): natural graduation can be assessed. */
    boolean assessable(Programme programme) {
        List<BenefitComponent> all = components.of(programme.code());
        return !all.isEmpty() && all.stream().allMatch(c -> c.memberCondition() != null);
    }

    /**
     * ALAMIAH for the programme's natural-graduation candidates at {@code asOf}, each with the
     * components explanation (every component, its condition, the members' outcomes: none qualifies).
     */
    void naturalGraduations(Programme programme, LocalDate asOf, LocalDate tahapEnd, Tally tally) {
        for (GraduationCandidate c : natural.candidates(programme.code(), null, asOf)) {
            if (c.startDate().isAfter(asOf)) {
                continue;   // a membership starting after the day evaluated (a Clock set back): nothing to end yet
            }
            FamilyComponents family = natural.components(programme.code(), c.householdId(), asOf);
            if (!family.graduatesNaturally()) {
                continue;   // the SQL and the Java answer agree (tests); never graduate on a disagreement
            }
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("aturan", "ALAMIAH");
            evidence.put("tanggal", asOf.toString());
            evidence.put("akhirTahap", tahapEnd.toString());
            evidence.put("anggotaHidup", family.livingMembers());
            evidence.put("tidakAdaKomponenTersisa", family.noComponentLeft());
            evidence.put("komponen", family.components());
            tally.add(exits.proposeAutomatic(c.enrolmentId(), ExitKind.ALAMIAH, evidence, asOf));
        }
    }
}
