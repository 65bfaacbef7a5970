package id.jaring.synth.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The region table of the classpath resource {@code wilayah/banten_wilayah.csv} and the population
 * per kab/kota of {@code wilayah/banten_penduduk_dukcapil_2024s2.csv}, with what the generator
 * needs on top: where families live (proportional to population), their naming traditions, their
 * welfare shift, and the extra kecamatan codes an old NIK may carry.
 */
public final class RegionTable {

    /** A kab/kota with the generator's profile of it. */
    public record KabKota(int index, String code, String plainCode, String name, String placeName, long population,
            double welfareShift, double[] ethnicityShares, boolean coastal, List<Desa> desa, double[] desaCumulative,
            List<Kecamatan> kecamatan) {
    }

    public record Kecamatan(int index, String code, String plainCode, String name, int kabIndex, boolean inTable) {
    }

    public record Desa(String code, String plainCode, String name, boolean kelurahan, Kecamatan kecamatan, KabKota kab) {
    }

    /** Codes of kecamatan outside the table that a NIK may carry (Jakarta, Bogor: people registered there first). */
    static final String[] OUTSIDE_KECAMATAN = {"317101", "317203", "317305", "317402", "317504", "320101", "320117", "327101"};
    /** Codes not in the table inside Banten: kecamatan since renumbered or split (2 per kab/kota). */
    static final int PHANTOM_PER_KAB = 2;

    private static final RegionTable INSTANCE = load();

    private final List<KabKota> kabKota;
    private final double[] kabCumulative;
    /** Every kecamatan code a NIK or No. KK may carry: the table's, then phantom, then outside ones. */
    private final List<Kecamatan> allKecamatan;
    private final Map<String, String> namesByCode;
    private final int tableKecamatanCount;

    private RegionTable(List<KabKota> kabKota, List<Kecamatan> allKecamatan, Map<String, String> namesByCode) {
        this.kabKota = List.copyOf(kabKota);
        this.allKecamatan = List.copyOf(allKecamatan);
        this.namesByCode = namesByCode;
        this.tableKecamatanCount = (int) allKecamatan.stream().filter(Kecamatan::inTable).count();
        double[] weights = new double[kabKota.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = kabKota.get(i).population();
        }
        this.kabCumulative = Rand.cumulative(weights);
    }

    public static RegionTable banten() {
        return INSTANCE;
    }

    public List<KabKota> kabKota() {
        return kabKota;
    }

    public List<Kecamatan> allKecamatan() {
        return allKecamatan;
    }

    /** Name of a region by dotted code, or null. */
    public String name(String dottedCode) {
        return namesByCode.get(dottedCode);
    }

    /** Whether a dotted code is in the shipped table. */
    public boolean contains(String dottedCode) {
        return namesByCode.containsKey(dottedCode);
    }

    /** A kab/kota drawn proportionally to its population. */
    public KabKota pickKabKota(SplittableRandom r) {
        return kabKota.get(Rand.fromCumulative(r.nextDouble(), kabCumulative));
    }

    public Desa pickDesa(SplittableRandom r, KabKota kab) {
        return kab.desa().get(Rand.fromCumulative(r.nextDouble(), kab.desaCumulative()));
    }

    /** Another kecamatan of the table, anywhere in the province. */
    public Kecamatan pickTableKecamatan(SplittableRandom r) {
        return allKecamatan.get(r.nextInt(tableKecamatanCount)); // the table's kecamatan come first
    }

    /** A kecamatan code that is not in the table (phantom Banten or outside the province). */
    public Kecamatan pickForeignKecamatan(SplittableRandom r) {
        return allKecamatan.get(tableKecamatanCount + r.nextInt(allKecamatan.size() - tableKecamatanCount));
    }

    private static RegionTable load() {
        List<String[]> rows = readCsv("wilayah/banten_wilayah.csv");
        Map<String, Long> population = new HashMap<>();
        for (String[] row : readCsv("wilayah/banten_penduduk_dukcapil_2024s2.csv")) {
            population.put(row[0], Long.parseLong(row[4]));
        }
        Map<String, String> names = new HashMap<>();
        Map<String, List<String[]>> byParent = new HashMap<>();
        List<String[]> kabRows = new ArrayList<>();
        for (String[] row : rows) {
            names.put(row[0], row[2]);
            if (row[6] != null && !row[6].isEmpty()) {
                byParent.computeIfAbsent(row[6], k -> new ArrayList<>()).add(row);
            }
            if ("2".equals(row[3])) {
                kabRows.add(row);
            }
        }
        List<KabKota> kabs = new ArrayList<>();
        List<Kecamatan> kecs = new ArrayList<>();
        List<Kecamatan> phantoms = new ArrayList<>();
        for (String[] kabRow : kabRows) {
            int kabIndex = kabs.size();
            String kabCode = kabRow[0];
            List<Kecamatan> kabKecs = new ArrayList<>();
            List<DesaDraft> drafts = new ArrayList<>();
            int maxSerial = 0;
            for (String[] kecRow : byParent.getOrDefault(kabCode, List.of())) {
                Kecamatan kec = new Kecamatan(kecs.size(), kecRow[0], kecRow[1], kecRow[2], kabIndex, true);
                kecs.add(kec);
                kabKecs.add(kec);
                maxSerial = Math.max(maxSerial, Integer.parseInt(kecRow[1].substring(4)));
                for (String[] desaRow : byParent.getOrDefault(kecRow[0], List.of())) {
                    drafts.add(new DesaDraft(desaRow, kec));
                }
            }
            for (int p = 1; p <= PHANTOM_PER_KAB; p++) {
                String plain = kabRow[1] + String.format("%02d", maxSerial + p);
                phantoms.add(new Kecamatan(-1, toDotted(plain), plain, "(lama)", kabIndex, false));
            }
            double[] weights = new double[drafts.size()];
            for (int i = 0; i < drafts.size(); i++) {
                String[] row = drafts.get(i).row;
                // Kelurahan are denser; the hash spreads villages' sizes without a second data source.
                double spread = 0.5 + (Rand.mix(Long.parseLong(row[1])) >>> 11) * 0x1.0p-53;
                weights[i] = ("kelurahan".equals(row[5]) ? 2.5 : 1.0) * spread;
            }
            Profile profile = Profile.of(kabCode);
            List<Desa> desa = new ArrayList<>();
            KabKota kab = new KabKota(kabIndex, kabCode, kabRow[1], kabRow[2], profile.placeName,
                    population.getOrDefault(kabCode, 1L), profile.welfareShift, profile.ethnicity, profile.coastal,
                    Collections.unmodifiableList(desa), Rand.cumulative(weights), List.copyOf(kabKecs));
            for (DesaDraft d : drafts) {
                desa.add(new Desa(d.row[0], d.row[1], d.row[2], "kelurahan".equals(d.row[5]), d.kec, kab));
            }
            kabs.add(kab);
        }
        List<Kecamatan> all = new ArrayList<>(kecs);
        for (Kecamatan p : phantoms) {
            all.add(new Kecamatan(all.size(), p.code(), p.plainCode(), p.name(), p.kabIndex(), false));
        }
        for (String plain : OUTSIDE_KECAMATAN) {
            all.add(new Kecamatan(all.size(), toDotted(plain), plain, "(luar Banten)", -1, false));
        }
        return new RegionTable(kabs, all, Map.copyOf(names));
    }

    private record DesaDraft(String[] row, Kecamatan kec) {
    }

    static String toDotted(String plain) {
        StringBuilder sb = new StringBuilder(plain.substring(0, 2));
        if (plain.length() >= 4) {
            sb.append('.').append(plain, 2, 4);
        }
        if (plain.length() >= 6) {
            sb.append('.').append(plain, 4, 6);
        }
        if (plain.length() > 6) {
            sb.append('.').append(plain, 6, plain.length());
        }
        return sb.toString();
    }

    private static List<String[]> readCsv(String resource) {
        InputStream in = RegionTable.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split(",", -1)); // the shipped tables have no quoted fields
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The generator's view of each kab/kota: birthplace name, welfare shift, naming traditions, coast. */
    private record Profile(String placeName, double welfareShift, double[] ethnicity, boolean coastal) {

        // shares: SUNDA, JAWA, BETAWI, CHINESE. Shifts follow the BPS 2024 poverty ranking
        // (Pandeglang and Lebak poorest, Tangerang Selatan richest).
        static Profile of(String kabCode) {
            return switch (kabCode) {
                case "36.01" -> new Profile("PANDEGLANG", -0.45, new double[] {0.92, 0.05, 0.028, 0.002}, true);
                case "36.02" -> new Profile("LEBAK", -0.45, new double[] {0.93, 0.045, 0.023, 0.002}, true);
                case "36.03" -> new Profile("TANGERANG", 0.0, new double[] {0.30, 0.32, 0.35, 0.03}, true);
                case "36.04" -> new Profile("SERANG", -0.15, new double[] {0.55, 0.42, 0.025, 0.005}, true);
                case "36.71" -> new Profile("TANGERANG", 0.35, new double[] {0.25, 0.38, 0.33, 0.04}, false);
                case "36.72" -> new Profile("CILEGON", 0.30, new double[] {0.35, 0.60, 0.04, 0.01}, true);
                case "36.73" -> new Profile("SERANG", 0.0, new double[] {0.60, 0.35, 0.04, 0.01}, true);
                case "36.74" -> new Profile("TANGERANG SELATAN", 0.65, new double[] {0.25, 0.42, 0.30, 0.03}, false);
                default -> new Profile("BANTEN", 0.0, new double[] {0.5, 0.3, 0.19, 0.01}, false);
            };
        }
    }
}
