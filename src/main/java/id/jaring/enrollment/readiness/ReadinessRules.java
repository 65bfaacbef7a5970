package id.jaring.enrollment.readiness;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import id.jaring.registry.Welfare;
import id.jaring.targeting.FamilySnapshot;
import id.jaring.targeting.MemberSnapshot;

/**
 * One family's readiness in Java, with the reasons: the same reading of the registry as
 * {@link ReadinessSql} (which computes every KPM at once), tested to agree with it. Members are the
 * family's current living members; ages on {@code asOf}; a missing value never meets its indicator.
 * Pure Java.
 */
final class ReadinessRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ReadinessRules() {
    }

    static ReadinessExplanation explain(FamilySnapshot family, FieldAssessment latest, ReadinessSet set, LocalDate asOf) {
        Facts facts = Facts.of(family, AgeCutoffs.on(asOf));
        List<IndicatorResult> results = new ArrayList<>();
        BigDecimal score = BigDecimal.ZERO;
        boolean requiredMet = true;
        int missing = 0;
        for (IndicatorWeight w : set.indicators()) {
            ReadinessIndicator indicator = w.catalogue();
            IndicatorResult result = indicator.fromField()
                    ? answered(indicator, w, latest == null ? null : latest.answer(indicator))
                    : measured(indicator, w, facts);
            results.add(result);
            score = score.add(result.points());
            requiredMet &= !w.required() || result.met();
            missing += result.missing() ? 1 : 0;
        }
        ReadinessLabel label = requiredMet && score.compareTo(set.readyFrom()) >= 0 ? ReadinessLabel.SIAP
                : ReadinessLabel.BELUM_SIAP;
        return new ReadinessExplanation(family.householdId(), set.version(), asOf, score, set.maxScore(), set.readyFrom(),
                label, missing, latest == null ? null : latest.id(), List.copyOf(results));
    }

    private static IndicatorResult answered(ReadinessIndicator indicator, IndicatorWeight w, Boolean answer) {
        boolean met = Boolean.TRUE.equals(answer);
        return new IndicatorResult(indicator, indicator.kind(), true, null, answer, null, w.weight(), w.required(), met,
                met ? w.weight() : BigDecimal.ZERO);
    }

    private static IndicatorResult measured(ReadinessIndicator indicator, IndicatorWeight w, Facts f) {
        BigDecimal t = w.threshold();
        BigDecimal value;
        boolean met;
        switch (indicator) {
            case PENGHASILAN_PER_KAPITA -> {
                value = f.incomeKnown > 0 ? BigDecimal.valueOf(f.income).divide(BigDecimal.valueOf(f.size), 2, RoundingMode.HALF_UP) : null;
                met = f.incomeKnown > 0 && BigDecimal.valueOf(f.income).compareTo(t.multiply(BigDecimal.valueOf(f.size))) >= 0;
            }
            case ANGGOTA_BEKERJA -> {
                value = f.adults > 0 && f.adultsKnown == 0 ? null : BigDecimal.valueOf(f.working);
                met = value != null && value.compareTo(t) >= 0;
            }
            case RUMAH_LAYAK -> {
                value = f.housingKnown == 0 ? null : BigDecimal.valueOf(f.housingDecent);
                met = value != null && value.compareTo(t) >= 0;
            }
            case ANAK_SEKOLAH -> {
                value = f.schoolUnknown > 0 ? null : f.schoolAge == 0 ? HUNDRED
                        : HUNDRED.multiply(BigDecimal.valueOf(f.inSchool)).divide(BigDecimal.valueOf(f.schoolAge), 2, RoundingMode.HALF_UP);
                met = f.schoolUnknown == 0 && (f.schoolAge == 0
                        || HUNDRED.multiply(BigDecimal.valueOf(f.inSchool)).compareTo(t.multiply(BigDecimal.valueOf(f.schoolAge))) >= 0);
            }
            case TABUNGAN_ASET -> {
                value = f.assetsKnown == 0 ? null : BigDecimal.valueOf(f.assets);
                met = value != null && value.compareTo(t) >= 0;
            }
            default -> throw new IllegalArgumentException("not a registry indicator: " + indicator);
        }
        return new IndicatorResult(indicator, indicator.kind(), false, value, null, t, w.weight(), w.required(), met,
                met ? w.weight() : BigDecimal.ZERO);
    }

    /** What the registry indicators need of a family, counted once. */
    private record Facts(int size, long income, int incomeKnown, int adults, int adultsKnown, int working,
            int schoolAge, int schoolUnknown, int inSchool, int housingKnown, int housingDecent, int assetsKnown,
            int assets) {

        static Facts of(FamilySnapshot family, AgeCutoffs ages) {
            List<MemberSnapshot> members = family.members();
            long income = members.stream().map(MemberSnapshot::penghasilan).filter(Objects::nonNull).mapToLong(Long::longValue).sum();
            int incomeKnown = (int) members.stream().filter(m -> m.penghasilan() != null).count();
            List<MemberSnapshot> adults = members.stream().filter(m -> ages.adult(m.tanggalLahir())).toList();
            int adultsKnown = (int) adults.stream().filter(m -> HouseholdCriteria.occupation(m.pekerjaan()) != null).count();
            int working = (int) adults.stream().map(m -> HouseholdCriteria.occupation(m.pekerjaan()))
                    .filter(o -> o != null && !HouseholdCriteria.NOT_WORKING.contains(o)).count();
            List<MemberSnapshot> children = members.stream().filter(m -> ages.schoolAge(m.tanggalLahir())).toList();
            int schoolUnknown = (int) children.stream().filter(m -> m.jenjangSekolah() == null).count();
            int inSchool = (int) children.stream().filter(m -> HouseholdCriteria.IN_SCHOOL.contains(m.jenjangSekolah())).count();
            Welfare w = family.welfare();
            int housingKnown = known(w.jenisLantai(), w.jenisDinding(), w.jenisAtap(), w.fasilitasBab());
            int housingDecent = yes(HouseholdCriteria.DECENT_FLOORS.contains(w.jenisLantai()),
                    HouseholdCriteria.DECENT_WALLS.contains(w.jenisDinding()), HouseholdCriteria.DECENT_ROOFS.contains(w.jenisAtap()),
                    HouseholdCriteria.DECENT_TOILETS.contains(w.fasilitasBab()));
            int assetsKnown = known(w.asetTabungan(), w.asetEmas(), w.asetLahan(), w.asetTernak());
            int assets = yes(Boolean.TRUE.equals(w.asetTabungan()), Boolean.TRUE.equals(w.asetEmas()),
                    Boolean.TRUE.equals(w.asetLahan()), w.asetTernak() != null && w.asetTernak() >= HouseholdCriteria.LIVESTOCK_FROM);
            return new Facts(members.size(), income, incomeKnown, adults.size(), adultsKnown, working, children.size(),
                    schoolUnknown, inSchool, housingKnown, housingDecent, assetsKnown, assets);
        }

        private static int known(Object... values) {
            return (int) Stream.of(values).filter(Objects::nonNull).count();
        }

        private static int yes(boolean... flags) {
            int n = 0;
            for (boolean f : flags) {
                n += f ? 1 : 0;
            }
            return n;
        }
    }
}
