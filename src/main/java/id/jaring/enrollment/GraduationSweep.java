package id.jaring.enrollment;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.jaring.platform.ValidationFailedException;
import id.jaring.program.AutomaticExits;
import id.jaring.program.Programme;

/**
 * One programme's share of a daily run, inside the run's transaction, as the system user: the time
 * limits (every AKTIF KPM whose last day lies before {@code asOf}) and, at a tahap's end, the natural
 * graduations. Proposals (programme setting USULAN) are written in bulk by {@link AutomaticProposals};
 * decisions (KEPUTUSAN) one KPM at a time by {@link EnrolmentExits#proposeAutomatic}, since each ends
 * a membership and hands its slot on. Both are idempotent. Counts what it wrote and what it found
 * already there.
 */
@Component
class GraduationSweep {

    private static final String DUE = """
            select e.id, e.start_date, e.planned_end_date
            from enrolment e
            where e.programme_id = :p and e.status = 'AKTIF' and e.planned_end_date < :asOf
            order by e.id
            """;

    /** Counts of one kind, as the sweep goes. */
    static final class Tally {
        int proposed;
        int decided;
        int skipped;

        void add(AutomaticProposals.Outcome outcome) {
            proposed += outcome.proposed();
            skipped += outcome.skipped();
        }

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

    private record Due(long enrolmentId, LocalDate start, LocalDate lastDay) {
    }

    private final JdbcClient jdbc;
    private final EnrolmentExits exits;
    private final AutomaticProposals proposals;
    private final NaturalGraduation natural;

    GraduationSweep(JdbcClient jdbc, EnrolmentExits exits, AutomaticProposals proposals, NaturalGraduation natural) {
        this.jdbc = jdbc;
        this.proposals = proposals;
        this.exits = exits;
        this.natural = natural;
    }

    /**
     * BATAS_WAKTU for every AKTIF KPM whose limit date (the day after the last day) is on or before
     * {@code asOf}. Under USULAN they are proposed in bulk ({@link AutomaticProposals}: a KPM with an
     * open exit counts as already there); under KEPUTUSAN every one is decided through
     * {@link EnrolmentExits#proposeAutomatic} (an open proposal of a person is superseded, the slot
     * handed on).
     */
    void timeLimits(Programme programme, LocalDate asOf, Tally tally) {
        if (programme.maxDurationMonths() == null) {
            return;
        }
        boolean proposalsOnly = programme.automaticExits() == AutomaticExits.USULAN;
        List<Due> due = jdbc.sql(DUE).param("p", programme.id()).param("asOf", asOf)
                .query((rs, n) -> new Due(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)))
                .list();
        if (proposalsOnly) {
            tally.add(proposals.propose(programme, ExitKind.BATAS_WAKTU, due.stream().map(Due::enrolmentId).toList(), asOf,
                    (e, family) -> Optional.of(timeLimitEvidence(programme, asOf, e.startDate(), e.plannedEndDate()))));
            return;
        }
        for (Due d : due) {
            tally.add(exits.proposeAutomatic(d.enrolmentId(), ExitKind.BATAS_WAKTU,
                    timeLimitEvidence(programme, asOf, d.start(), d.lastDay()), asOf));
        }
    }

    private static Map<String, Object> timeLimitEvidence(Programme programme, LocalDate asOf, LocalDate start,
            LocalDate lastDay) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("aturan", "BATAS_WAKTU");
        evidence.put("tanggal", asOf.toString());
        evidence.put("mulai", start.toString());
        evidence.put("hariTerakhir", lastDay.toString());
        evidence.put("batas", lastDay.plusDays(1).toString());
        evidence.put("maksimumBulan", programme.maxDurationMonths());
        return evidence;
    }

    /** The programme's components with their conditions checked, or empty when one no longer parses. */
    Optional<ProgrammeConditions> conditionsOf(Programme programme) {
        try {
            return Optional.of(natural.conditionsOf(programme));
        } catch (ValidationFailedException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * ALAMIAH for the programme's natural-graduation candidates at {@code asOf} (SQL), each checked
     * again in Java with the reasons (never graduate on a disagreement; tests prove they agree) and
     * kept as evidence: every component, its condition, the members' outcomes (none qualifies).
     * Under USULAN in bulk ({@link AutomaticProposals}), under KEPUTUSAN one decision at a time.
     */
    void naturalGraduations(Programme programme, ProgrammeConditions conditions, LocalDate asOf, LocalDate tahapEnd,
            Tally tally) {
        List<GraduationCandidate> candidates = natural.candidates(programme.code(), null, asOf).stream()
                // a membership starting after the day evaluated (a Clock set back): nothing to end yet
                .filter(c -> !c.startDate().isAfter(asOf))
                .toList();
        if (programme.automaticExits() == AutomaticExits.USULAN) {
            tally.add(proposals.propose(programme, ExitKind.ALAMIAH,
                    candidates.stream().map(GraduationCandidate::enrolmentId).toList(), asOf,
                    (e, family) -> naturalEvidence(conditions.evaluate(family, e.id(), asOf), asOf, tahapEnd)));
            return;
        }
        for (GraduationCandidate c : candidates) {
            naturalEvidence(natural.components(programme.code(), c.householdId(), asOf), asOf, tahapEnd)
                    .ifPresent(evidence -> tally.add(exits.proposeAutomatic(c.enrolmentId(), ExitKind.ALAMIAH, evidence, asOf)));
        }
    }

    /** The job's evidence of a natural graduation, or empty when the Java answer finds a component left. */
    private static Optional<Map<String, Object>> naturalEvidence(FamilyComponents family, LocalDate asOf, LocalDate tahapEnd) {
        if (!family.graduatesNaturally()) {
            return Optional.empty();
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("aturan", "ALAMIAH");
        evidence.put("tanggal", asOf.toString());
        evidence.put("akhirTahap", tahapEnd.toString());
        evidence.put("anggotaHidup", family.livingMembers());
        evidence.put("tidakAdaKomponenTersisa", family.noComponentLeft());
        evidence.put("komponen", family.components());
        return Optional.of(evidence);
    }
}
