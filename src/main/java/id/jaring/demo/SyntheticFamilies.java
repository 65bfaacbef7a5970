package id.jaring.demo;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;

import id.jaring.registry.BulkFamily;
import id.jaring.registry.CodeLabels;
import id.jaring.registry.Disability;
import id.jaring.registry.Education;
import id.jaring.registry.HouseholdData;
import id.jaring.registry.MaritalStatus;
import id.jaring.registry.NewMember;
import id.jaring.registry.PersonData;
import id.jaring.registry.Relationship;
import id.jaring.registry.SchoolEnrolment;
import id.jaring.registry.Sex;
import id.jaring.registry.Welfare;
import id.jaring.synth.GeneratorSettings;
import id.jaring.synth.Housing;
import id.jaring.synth.SyntheticFamily;
import id.jaring.synth.SyntheticPerson;
import id.jaring.synth.SyntheticPopulation;

/** Turns the synthetic population into families the registry's bulk load takes. */
public final class SyntheticFamilies {

    private SyntheticFamilies() {
    }

    /** The families of the settings, lazily, as registry bulk-load families. */
    public static Iterator<BulkFamily> of(GeneratorSettings settings) {
        return SyntheticPopulation.families(settings).map(SyntheticFamilies::toBulk).iterator();
    }

    static BulkFamily toBulk(SyntheticFamily family) {
        HouseholdData household = new HouseholdData(family.noKk(), family.regionCode(), family.address(),
                family.rt(), family.rw(), welfare(family.housing()));
        List<NewMember> members = family.members().stream()
                .map(p -> new NewMember(Relationship.fromLabel(p.relationship()), person(p)))
                .toList();
        LocalDate since = family.members().stream().map(SyntheticPerson::birthDate).max(LocalDate::compareTo)
                .orElseThrow();
        return new BulkFamily(household, members, since);
    }

    private static PersonData person(SyntheticPerson p) {
        return new PersonData(p.nik(), p.name(), Sex.valueOf(p.sex()), p.birthPlace(), p.birthDate(), p.motherName(),
                code(Education.class, p.education()), code(SchoolEnrolment.class, p.schooling()),
                code(MaritalStatus.class, p.maritalStatus()), p.pregnant(), p.expectedDelivery(),
                code(Disability.class, p.disability()), p.occupation(), p.monthlyIncome(), null);
    }

    private static Welfare welfare(Housing h) {
        return new Welfare(code(Welfare.Tenure.class, h.statusBangunan()), h.luasLantaiM2(),
                code(Welfare.Floor.class, h.jenisLantai()), code(Welfare.Wall.class, h.jenisDinding()),
                code(Welfare.Roof.class, h.jenisAtap()), code(Welfare.WaterSource.class, h.sumberAirMinum()),
                code(Welfare.Lighting.class, h.sumberPenerangan()), h.dayaListrikVa(),
                code(Welfare.CookingFuel.class, h.bahanBakarMemasak()), code(Welfare.Toilet.class, h.fasilitasBab()),
                h.asetLahan(), h.asetTernak(), h.asetMotor(), h.asetMobil(), h.asetKulkas() ? 1 : 0, h.asetEmas(),
                h.asetTabungan());
    }

    /** Every label the generator writes is one the registry knows; anything else is a bug here. */
    private static <E extends Enum<E>> E code(Class<E> codeList, String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        return CodeLabels.parse(codeList, label).orElseThrow(
                () -> new IllegalStateException("no " + codeList.getSimpleName() + " for generator label " + label));
    }
}
