package id.jaring.enrollment;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.jaring.registry.HouseholdStatus;
import id.jaring.targeting.Eligibility;
import id.jaring.targeting.FamilySnapshot;
import id.jaring.targeting.MemberSnapshot;

/**
 * Reads a family once, as the eligibility rules see it ({@link Eligibility#family}: in the caller's
 * scope, a family outside it is not found; audited as one READ of the household), and turns it into
 * the evidence an enrolment keeps: the family's status and, per current living member, the values
 * programmes decide on. No names, no NIK (minimal data): person ids only. The same snapshot is then
 * handed to the rule of the programme, so the family is not read twice.
 */
@Component
class FamilyEvidence {

    /** A family as the enrolment rules see it. */
    record Family(FamilySnapshot household, Map<String, Object> evidence) {

        HouseholdStatus status() {
            return household.status();
        }

        int livingMembers() {
            return household.members().size();
        }
    }

    private final Eligibility eligibility;

    FamilyEvidence(Eligibility eligibility) {
        this.eligibility = eligibility;
    }

    /** @throws id.jaring.platform.NotFoundException when the family does not exist or lies outside the scope */
    Family of(long householdId, LocalDate day) {
        return of(eligibility.family(householdId), day);
    }

    /** Many families at once (batch work), each audited as a READ for {@code purpose}; those out of scope are left out. */
    Map<Long, Family> of(Collection<Long> householdIds, LocalDate day, String purpose) {
        Map<Long, Family> found = new LinkedHashMap<>();
        eligibility.families(householdIds, purpose).forEach((id, h) -> found.put(id, of(h, day)));
        return found;
    }

    private static Family of(FamilySnapshot h, LocalDate day) {
        List<Map<String, Object>> members = h.members().stream().map(m -> member(m, day)).toList();
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("tanggal", day.toString());
        evidence.put("householdId", h.householdId());
        evidence.put("status", h.status().name());
        evidence.put("desa", h.desaCode());
        evidence.put("anggotaHidup", members.size());
        evidence.put("anggota", members);
        return new Family(h, evidence);
    }

    private static Map<String, Object> member(MemberSnapshot m, LocalDate day) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("personId", m.personId());
        member.put("hubungan", m.hubungan() == null ? null : m.hubungan().name());
        member.put("jenisKelamin", m.jenisKelamin() == null ? null : m.jenisKelamin().name());
        member.put("tanggalLahir", m.tanggalLahir() == null ? null : m.tanggalLahir().toString());
        member.put("umur", m.tanggalLahir() == null ? null : Period.between(m.tanggalLahir(), day).getYears());
        member.put("hamil", m.hamil());
        member.put("jenjangSekolah", m.jenjangSekolah() == null ? null : m.jenjangSekolah().name());
        member.put("disabilitas", m.disabilitas() == null ? null : m.disabilitas().name());
        return member;
    }
}
