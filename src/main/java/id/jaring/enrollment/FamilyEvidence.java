package id.jaring.enrollment;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.jaring.registry.HouseholdStatus;
import id.jaring.registry.HouseholdView;
import id.jaring.registry.MemberView;
import id.jaring.registry.PersonData;
import id.jaring.registry.PersonView;
import id.jaring.registry.RegistryLookup;

/**
 * Reads a family through the registry's API (in the caller's scope: a family outside it is not
 * found) and turns it into the evidence an enrolment keeps: the family's status and, per current
 * member, the values programmes decide on. No names, no NIK (minimal data): person ids only.
 * Opening each member's record is audited by the registry as a READ: it is processing of
 * personal data for this decision.
 */
@Component
class FamilyEvidence {

    /** A family as the enrolment rules see it. */
    record Family(HouseholdView household, int livingMembers, Map<String, Object> evidence) {

        HouseholdStatus status() {
            return household.status();
        }
    }

    private final RegistryLookup registry;

    FamilyEvidence(RegistryLookup registry) {
        this.registry = registry;
    }

    /** @throws id.jaring.platform.NotFoundException when the family does not exist or lies outside the scope */
    Family of(long householdId, LocalDate day) {
        HouseholdView h = registry.household(householdId);
        List<Map<String, Object>> members = new ArrayList<>();
        int living = 0;
        for (MemberView m : h.members()) {
            PersonView p = registry.person(m.personId());
            PersonData d = p.data();
            boolean alive = d.tanggalMeninggal() == null || d.tanggalMeninggal().isAfter(day);
            if (alive) {
                living++;
            }
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("personId", p.id());
            member.put("hubungan", m.hubungan() == null ? null : m.hubungan().name());
            member.put("jenisKelamin", d.jenisKelamin() == null ? null : d.jenisKelamin().name());
            member.put("tanggalLahir", d.tanggalLahir() == null ? null : d.tanggalLahir().toString());
            member.put("umur", d.tanggalLahir() == null ? null : Period.between(d.tanggalLahir(), day).getYears());
            member.put("hamil", d.hamil());
            member.put("hpl", d.hpl() == null ? null : d.hpl().toString());
            member.put("jenjangSekolah", d.jenjangSekolah() == null ? null : d.jenjangSekolah().name());
            member.put("disabilitas", d.disabilitas().name());
            member.put("hidup", alive);
            members.add(member);
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("tanggal", day.toString());
        evidence.put("householdId", h.id());
        evidence.put("householdVersion", h.version());
        evidence.put("status", h.status().name());
        evidence.put("desa", h.desaCode());
        evidence.put("anggotaHidup", living);
        evidence.put("anggota", members);
        return new Family(h, living, evidence);
    }
}
