package id.jaring.registry.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.jaring.registry.Disability;
import id.jaring.registry.Education;
import id.jaring.registry.HouseholdData;
import id.jaring.registry.HouseholdView;
import id.jaring.registry.MaritalStatus;
import id.jaring.registry.NewMember;
import id.jaring.registry.PersonData;
import id.jaring.registry.RegisterHousehold;
import id.jaring.registry.Relationship;
import id.jaring.registry.SchoolEnrolment;
import id.jaring.registry.Sex;
import id.jaring.registry.Welfare;

/**
 * Turns form records into the registry's commands and back. Field names of parse problems use
 * the form's own names ({@code members[0].tanggalLahir}), as {@link Feedback} expects.
 */
final class FormMapping {

    private FormMapping() {
    }

    static HouseholdData household(HouseholdForm f, FormValues read) {
        String p = "household.";
        Welfare w = new Welfare(
                read.choice(Welfare.Tenure.class, f.statusBangunan(), p + "statusBangunan"),
                read.intValue(f.luasLantaiM2(), p + "luasLantaiM2"),
                read.choice(Welfare.Floor.class, f.jenisLantai(), p + "jenisLantai"),
                read.choice(Welfare.Wall.class, f.jenisDinding(), p + "jenisDinding"),
                read.choice(Welfare.Roof.class, f.jenisAtap(), p + "jenisAtap"),
                read.choice(Welfare.WaterSource.class, f.sumberAirMinum(), p + "sumberAirMinum"),
                read.choice(Welfare.Lighting.class, f.sumberPenerangan(), p + "sumberPenerangan"),
                read.intValue(f.dayaListrikVa(), p + "dayaListrikVa"),
                read.choice(Welfare.CookingFuel.class, f.bahanBakarMemasak(), p + "bahanBakarMemasak"),
                read.choice(Welfare.Toilet.class, f.fasilitasBab(), p + "fasilitasBab"),
                FormValues.yesNo(f.asetLahan()),
                read.intValue(f.asetTernak(), p + "asetTernak"),
                read.intValue(f.asetMotor(), p + "asetMotor"),
                read.intValue(f.asetMobil(), p + "asetMobil"),
                read.intValue(f.asetKulkas(), p + "asetKulkas"),
                FormValues.yesNo(f.asetEmas()),
                FormValues.yesNo(f.asetTabungan()));
        return new HouseholdData(FormValues.text(f.noKk()), FormValues.text(f.desaCode()), FormValues.text(f.alamat()),
                FormValues.text(f.rt()), FormValues.text(f.rw()), w);
    }

    /** @param prefix the form's name prefix of the person's inputs ("", "members[0].") */
    static PersonData person(MemberForm f, String prefix, FormValues read) {
        return new PersonData(FormValues.text(f.nik()), FormValues.text(f.nama()),
                read.choice(Sex.class, f.jenisKelamin(), prefix + "jenisKelamin"),
                FormValues.text(f.tempatLahir()),
                read.date(f.tanggalLahir(), prefix + "tanggalLahir"),
                FormValues.text(f.namaIbuKandung()),
                read.choice(Education.class, f.pendidikanTerakhir(), prefix + "pendidikanTerakhir"),
                read.choice(SchoolEnrolment.class, f.jenjangSekolah(), prefix + "jenjangSekolah"),
                read.choice(MaritalStatus.class, f.statusKawin(), prefix + "statusKawin"),
                FormValues.checked(f.hamil()),
                read.date(f.hpl(), prefix + "hpl"),
                read.choice(Disability.class, f.disabilitas(), prefix + "disabilitas"),
                FormValues.text(f.pekerjaan()),
                read.longValue(f.penghasilanBulanan(), prefix + "penghasilanBulanan"),
                read.date(f.tanggalMeninggal(), prefix + "tanggalMeninggal"));
    }

    static RegisterHousehold register(RegisterForm form, FormValues read) {
        HouseholdData household = household(form.household(), read);
        List<NewMember> members = new ArrayList<>();
        for (int i = 0; i < form.members().size(); i++) {
            MemberForm m = form.members().get(i);
            String prefix = "members[" + i + "].";
            members.add(new NewMember(read.choice(Relationship.class, m.hubungan(), prefix + "hubungan"),
                    person(m, prefix, read)));
        }
        LocalDate since = read.date(form.since(), "since");
        return new RegisterHousehold(household, members, since, form.confirmWarnings());
    }

    static HouseholdForm form(HouseholdView h) {
        Welfare w = h.welfare();
        return new HouseholdForm(h.noKk(), h.desaCode(), h.alamat(), h.rt(), h.rw(), name(w.statusBangunan()),
                str(w.luasLantaiM2()), name(w.jenisLantai()), name(w.jenisDinding()), name(w.jenisAtap()),
                name(w.sumberAirMinum()), name(w.sumberPenerangan()), str(w.dayaListrikVa()),
                name(w.bahanBakarMemasak()), name(w.fasilitasBab()), str(w.asetLahan()), str(w.asetTernak()),
                str(w.asetMotor()), str(w.asetMobil()), str(w.asetKulkas()), str(w.asetEmas()), str(w.asetTabungan()));
    }

    static MemberForm form(PersonData p) {
        return new MemberForm(null, p.nik(), p.nama(), name(p.jenisKelamin()), p.tempatLahir(), str(p.tanggalLahir()),
                p.namaIbuKandung(), name(p.pendidikanTerakhir()), name(p.jenjangSekolah()), name(p.statusKawin()),
                p.hamil() ? "true" : null, str(p.hpl()), name(p.disabilitas()), p.pekerjaan(),
                str(p.penghasilanBulanan()), str(p.tanggalMeninggal()));
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
