package id.jaring.synth.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import id.jaring.synth.GeneratorSettings;
import id.jaring.synth.Housing;
import id.jaring.synth.SyntheticFamily;
import id.jaring.synth.SyntheticPerson;
import id.jaring.synth.SyntheticPopulation;

/**
 * Writes a generation to a folder, in one streaming pass: {@code households.csv} and
 * {@code persons.csv} (the clean truth), the agency files {@code source_<i>_<AGENCY>.csv} and
 * {@code truth.csv} ({@code source,record_id,person_id}, the source being the agency file's
 * name without {@code .csv}).
 */
public final class PopulationFiles {

    public static final List<String> HOUSEHOLD_COLUMNS = List.of("household_id", "no_kk", "kode_wilayah", "alamat", "rt",
            "rw", "status_bangunan", "luas_lantai_m2", "jenis_lantai", "jenis_dinding", "jenis_atap", "sumber_air_minum",
            "sumber_penerangan", "daya_listrik_va", "bahan_bakar_memasak", "fasilitas_bab", "aset_lahan", "aset_ternak",
            "aset_motor", "aset_mobil", "aset_kulkas", "aset_emas", "aset_tabungan", "jumlah_anggota", "welfare_latent",
            "desil");
    public static final List<String> PERSON_COLUMNS = List.of("person_id", "household_id", "record_id", "nik", "no_kk",
            "nama", "jenis_kelamin", "tempat_lahir", "tanggal_lahir", "hubungan_keluarga", "nama_ibu_kandung", "alamat",
            "rt", "rw", "kode_wilayah", "jenjang_sekolah", "hamil", "hpl", "disabilitas", "pekerjaan",
            "penghasilan_bulanan", "status_kawin", "pendidikan_terakhir", "mother_person_id", "father_person_id");
    public static final List<String> TRUTH_COLUMNS = List.of("source", "record_id", "person_id");

    static final long SALT_SOURCE = 100;
    static final long SALT_OLD_FAMILY = 99;
    static final long SALT_PLAN = 98;
    /** Families that moved were first registered (old No. KK) in these years, before any current KK. */
    static final LocalDate OLD_KK_FROM = LocalDate.of(1998, 1, 1);
    static final int OLD_KK_DAYS = 7 * 365;
    /** Desil 1-4 is the target of social aid; 5-6 are the near poor. */
    static final double POOR_SHARE = 0.40;
    static final double NEAR_POOR_SHARE = 0.60;

    public record FileSummary(String file, long rows) {
    }

    public record Summary(long families, long persons, List<FileSummary> files) {
    }

    private PopulationFiles() {
    }

    public static Summary write(GeneratorSettings settings, Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RegionTable regions = RegionTable.banten();
        WelfareDistribution welfare = WelfareDistribution.of(regions);
        double poorLine = welfare.quantile(POOR_SHARE);
        double nearPoorLine = welfare.quantile(NEAR_POOR_SHARE);
        Map<String, RegionTable.KabKota> kabByCode = new HashMap<>();
        regions.kabKota().forEach(k -> kabByCode.put(k.code(), k));
        IdAllocator oldIds = new IdAllocator(regions.allKecamatan().size());
        LocalDate today = settings.referenceDate();

        List<AgencySource> sources = plan(settings, regions, dir);
        long families = 0;
        long persons = 0;
        try (CsvWriter households = new CsvWriter(dir.resolve("households.csv"), ',', false);
                CsvWriter people = new CsvWriter(dir.resolve("persons.csv"), ',', false);
                CsvWriter truth = new CsvWriter(dir.resolve("truth.csv"), ',', false)) {
            households.row(HOUSEHOLD_COLUMNS.toArray(String[]::new));
            people.row(PERSON_COLUMNS.toArray(String[]::new));
            truth.row(TRUTH_COLUMNS.toArray(String[]::new));
            Iterator<SyntheticFamily> it = SyntheticPopulation.families(settings).iterator();
            while (it.hasNext()) {
                SyntheticFamily f = it.next();
                families++;
                persons += f.members().size();
                households.row(householdRow(f, welfare.desil(f.welfare())));
                for (SyntheticPerson p : f.members()) {
                    people.row(personRow(f, p));
                }
                if (sources.isEmpty()) {
                    continue;
                }
                RegionTable.KabKota kab = kabByCode.get(f.kabKotaCode());
                AgencyKind.FamilyFacts facts = new AgencyKind.FamilyFacts(f, kab.index(), poorLine, nearPoorLine,
                        AgencyKind.poorHousing(f.housing()), today);
                RecordNoise.FamilyView current = new RecordNoise.FamilyView(f.noKk(), f.regionCodePlain(), f.address(),
                        f.rt(), f.rw());
                RecordNoise.FamilyView old = null;
                for (AgencySource source : sources) {
                    SplittableRandom r = Rand.stream(settings.seed(), SALT_SOURCE + source.index(), families);
                    if (!source.kind().takesFamily(r, facts, source.targetKab())) {
                        continue;
                    }
                    RecordNoise.FamilyView view = current;
                    if (Rand.chance(r, source.errors().kkChanged())) {
                        if (old == null) {
                            old = formerView(settings.seed(), families, regions, kab, oldIds);
                        }
                        view = old;
                    }
                    for (SyntheticPerson p : f.members()) {
                        if (!source.kind().takesPerson(r, facts, p)) {
                            continue;
                        }
                        int copies = Rand.chance(r, source.errors().duplicate()) ? 2 : 1;
                        for (int c = 0; c < copies; c++) {
                            String recordId = source.nextRecordId();
                            source.add(RecordNoise.row(r, source, p, view, recordId, today));
                            truth.row(source.name(), recordId, p.personId());
                        }
                    }
                }
            }
            List<FileSummary> files = new ArrayList<>();
            files.add(new FileSummary("households.csv", households.rows() - 1));
            files.add(new FileSummary("persons.csv", people.rows() - 1));
            for (AgencySource source : sources) {
                files.add(new FileSummary(source.name() + ".csv", source.records()));
            }
            files.add(new FileSummary("truth.csv", truth.rows() - 1));
            return new Summary(families, persons, files);
        } finally {
            sources.forEach(AgencySource::close);
        }
    }

    /** Which agencies the K files are: the programme agencies first, then kab/kota registers in a seeded order. */
    static List<AgencySource> plan(GeneratorSettings settings, RegionTable regions, Path dir) {
        AgencyKind[] order = {AgencyKind.DINSOS, AgencyKind.DINKES, AgencyKind.DINDIK, AgencyKind.DUKCAPIL,
                AgencyKind.BAPPEDA, AgencyKind.DINPERKIM, AgencyKind.DINKOPUKM};
        int kabCount = regions.kabKota().size();
        int[] kabOrder = new int[kabCount];
        for (int i = 0; i < kabCount; i++) {
            kabOrder[i] = i;
        }
        SplittableRandom r = Rand.stream(settings.seed(), SALT_PLAN, 0);
        for (int i = kabCount - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = kabOrder[i];
            kabOrder[i] = kabOrder[j];
            kabOrder[j] = t;
        }
        List<AgencySource> sources = new ArrayList<>();
        int registers = 0;
        for (int i = 0; i < settings.sources(); i++) {
            AgencyKind kind = i < order.length ? order[i] : AgencyKind.DUKCAPIL;
            int targetKab = -1;
            String name = kind.name();
            if (kind == AgencyKind.DUKCAPIL) {
                targetKab = kabOrder[registers++ % kabCount];
                name = "DUKCAPIL_" + shortName(regions.kabKota().get(targetKab));
            }
            sources.add(new AgencySource(i + 1, name, kind, targetKab, settings.errorScale(), settings.seed(), dir));
        }
        return sources;
    }

    /** KAB_PANDEGLANG, KOTA_TANGERANG_SELATAN ... */
    static String shortName(RegionTable.KabKota kab) {
        return kab.name().toUpperCase(Locale.ROOT).replace("KABUPATEN ", "KAB ").replace(' ', '_');
    }

    /** The family as registered before it moved: another desa of the same kab/kota, an older No. KK. */
    private static RecordNoise.FamilyView formerView(long seed, long familyIndex, RegionTable regions,
            RegionTable.KabKota kab, IdAllocator oldIds) {
        SplittableRandom r = Rand.stream(seed, SALT_OLD_FAMILY, familyIndex);
        RegionTable.Desa desa = regions.pickDesa(r, kab);
        String noKk = oldIds.noKk(desa.kecamatan(), OLD_KK_FROM.plusDays(r.nextInt(OLD_KK_DAYS)));
        Addresses.Address address = Addresses.draw(r, desa);
        return new RecordNoise.FamilyView(noKk, desa.plainCode(), address.street(), address.rt(), address.rw());
    }

    static String[] householdRow(SyntheticFamily f, int desil) {
        Housing h = f.housing();
        return new String[] {f.householdId(), f.noKk(), f.regionCodePlain(), f.address(), f.rt(), f.rw(),
                h.statusBangunan(), Integer.toString(h.luasLantaiM2()), h.jenisLantai(), h.jenisDinding(), h.jenisAtap(),
                h.sumberAirMinum(), h.sumberPenerangan(), Integer.toString(h.dayaListrikVa()), h.bahanBakarMemasak(),
                h.fasilitasBab(), yn(h.asetLahan()), Integer.toString(h.asetTernak()), Integer.toString(h.asetMotor()),
                Integer.toString(h.asetMobil()), yn(h.asetKulkas()), yn(h.asetEmas()), yn(h.asetTabungan()),
                Integer.toString(f.members().size()), fourDecimals(f.welfare()),
                Integer.toString(desil)};
    }

    static String[] personRow(SyntheticFamily f, SyntheticPerson p) {
        return new String[] {p.personId(), f.householdId(), p.personId(), p.nik(), f.noKk(), p.name(), p.sex(),
                p.birthPlace(), p.birthDate().toString(), p.relationship(), p.motherName(), f.address(), f.rt(), f.rw(),
                f.regionCodePlain(), p.schooling(), yn(p.pregnant()),
                p.expectedDelivery() == null ? "" : p.expectedDelivery().toString(), p.disability(), p.occupation(),
                Long.toString(p.monthlyIncome()), p.maritalStatus(), p.education(), p.motherPersonId(),
                p.fatherPersonId()};
    }

    /** The same text as {@code String.format(Locale.ROOT, "%.4f", w)}, without its cost per row. */
    static String fourDecimals(double w) {
        long scaled = Math.round(Math.abs(w) * 10_000);
        String fraction = Long.toString(scaled % 10_000);
        return (w < 0 && scaled != 0 ? "-" : "") + scaled / 10_000 + "." + "0".repeat(4 - fraction.length()) + fraction;
    }

    private static String yn(boolean b) {
        return b ? "Y" : "N";
    }
}
