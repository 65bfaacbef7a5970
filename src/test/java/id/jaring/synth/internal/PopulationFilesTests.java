package id.jaring.synth.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.jaring.synth.GeneratorSettings;

class PopulationFilesTests {

    private static final GeneratorSettings SETTINGS = GeneratorSettings.of(15_000, 3).withSources(8);

    @TempDir
    static Path tmp;
    private static Path dir;
    private static Map<String, CSVRecord> persons;
    private static Map<String, List<CSVRecord>> sources;
    private static List<CSVRecord> truth;

    @BeforeAll
    static void generate() {
        dir = tmp.resolve("run");
        PopulationFiles.write(SETTINGS, dir);
        persons = new HashMap<>();
        for (CSVRecord r : read(dir.resolve("persons.csv"))) {
            persons.put(r.get("person_id"), r);
        }
        sources = new TreeMap<>();
        for (Path file : sourceFiles(dir)) {
            sources.put(file.getFileName().toString().replace(".csv", ""), read(file));
        }
        truth = read(dir.resolve("truth.csv"));
    }

    @Test
    void sameSeedWritesTheSameBytesAndAnotherSeedOtherBytes() throws Exception {
        Path again = tmp.resolve("again");
        Path other = tmp.resolve("other");
        PopulationFiles.write(SETTINGS, again);
        PopulationFiles.write(new GeneratorSettings(15_000, 8, 4, SETTINGS.referenceDate(), 1.0), other);
        assertThat(fileNames(again)).isEqualTo(fileNames(dir));
        for (String file : fileNames(dir)) {
            assertThat(sha256(again.resolve(file))).as(file).isEqualTo(sha256(dir.resolve(file)));
        }
        // another seed: other families, other agency records (its kab/kota registers may differ too)
        for (String file : List.of("households.csv", "persons.csv", "truth.csv", "source_1_DINSOS.csv", "source_2_DINKES.csv")) {
            assertThat(sha256(other.resolve(file))).as(file).isNotEqualTo(sha256(dir.resolve(file)));
        }
    }

    @Test
    void writesAllFilesWithTheirHeaders() {
        assertThat(fileNames(dir)).contains("households.csv", "persons.csv", "truth.csv", "source_1_DINSOS.csv",
                "source_2_DINKES.csv", "source_3_DINDIK.csv", "source_5_BAPPEDA.csv", "source_6_DINPERKIM.csv",
                "source_7_DINKOPUKM.csv");
        assertThat(sources).hasSize(8);
        assertThat(sources.keySet()).anyMatch(s -> s.startsWith("source_4_DUKCAPIL_"));
        assertThat(persons).hasSize(15_000);
        List<CSVRecord> households = read(dir.resolve("households.csv"));
        assertThat(households.get(0).getParser().getHeaderNames()).containsExactlyElementsOf(PopulationFiles.HOUSEHOLD_COLUMNS);
        assertThat(households.stream().mapToInt(h -> Integer.parseInt(h.get("jumlah_anggota"))).sum()).isEqualTo(15_000);
        for (List<CSVRecord> records : sources.values()) {
            assertThat(records).isNotEmpty();
            List<String> header = records.get(0).getParser().getHeaderNames().stream().map(String::toLowerCase).toList();
            assertThat(header).containsAll(AgencyKind.BASE_COLUMNS);
        }
        // at least one plain comma-separated UTF-8 file without BOM, and other dialects too
        assertThat(firstBytes(dir.resolve("source_1_DINSOS.csv"))).startsWith("record_id,");
        assertThat(firstBytes(dir.resolve("source_2_DINKES.csv"))).startsWith("RECORD_ID;");
        assertThat(firstBytes(dir.resolve("source_3_DINDIK.csv"))).startsWith("\uFEFFrecord_id,");
    }

    @Test
    void truthCoversEveryAgencyRecordExactlyOnce() {
        Set<String> truthKeys = new HashSet<>();
        for (CSVRecord t : truth) {
            assertThat(truthKeys.add(t.get("source") + "|" + t.get("record_id"))).isTrue();
            assertThat(persons).containsKey(t.get("person_id"));
        }
        Set<String> recordKeys = new HashSet<>();
        for (Map.Entry<String, List<CSVRecord>> source : sources.entrySet()) {
            Set<String> ids = new HashSet<>();
            for (CSVRecord r : source.getValue()) {
                assertThat(ids.add(r.get(0))).as("record_id unique in " + source.getKey()).isTrue();
                recordKeys.add(source.getKey() + "|" + r.get(0));
            }
        }
        assertThat(recordKeys).isEqualTo(truthKeys);
        // the agency's key says nothing obvious about the person
        assertThat(truth).noneMatch(t -> t.get("record_id").contains(t.get("person_id").substring(1)));
    }

    @Test
    void personsAppearInSeveralSources() {
        Map<String, Set<String>> sourcesByPerson = new HashMap<>();
        truth.forEach(t -> sourcesByPerson.computeIfAbsent(t.get("person_id"), k -> new HashSet<>()).add(t.get("source")));
        long inTwoOrMore = sourcesByPerson.values().stream().filter(s -> s.size() >= 2).count();
        long inThreeOrMore = sourcesByPerson.values().stream().filter(s -> s.size() >= 3).count();
        assertThat(inTwoOrMore).isGreaterThan(1_000);
        assertThat(inThreeOrMore).isGreaterThan(100);
    }

    @Test
    void agenciesListWhomTheyServe() {
        Map<String, String> personOf = new HashMap<>();
        truth.forEach(t -> personOf.put(t.get("source") + "|" + t.get("record_id"), t.get("person_id")));
        for (CSVRecord r : sources.get("source_3_DINDIK")) {
            assertThat(persons.get(personOf.get("source_3_DINDIK|" + r.get(0))).get("jenjang_sekolah")).isNotEqualTo("none");
        }
        String dukcapil = sources.keySet().stream().filter(s -> s.startsWith("source_4_")).findFirst().orElseThrow();
        Set<String> kab = new HashSet<>();
        for (CSVRecord r : sources.get(dukcapil)) {
            kab.add(persons.get(personOf.get(dukcapil + "|" + r.get(0))).get("kode_wilayah").substring(0, 4));
        }
        assertThat(kab).hasSize(1);
    }

    @Test
    void injectedErrorsComeAtRoughlyTheConfiguredRates() {
        ErrorRates dinsos = measure("source_1_DINSOS");
        ErrorProfile profile = AgencyKind.DINSOS.errors;
        assertThat(dinsos.nikMissing).isCloseTo(profile.nikMissing(), org.assertj.core.data.Offset.offset(0.015));
        assertThat(dinsos.nikWrong).isCloseTo(profile.nikError() * (1 - profile.nikMissing()), org.assertj.core.data.Offset.offset(0.012));
        assertThat(dinsos.nameDiffers).isBetween(0.08, 0.25);
        assertThat(dinsos.dateOtherFormat).isCloseTo(profile.dateOtherFormat(), org.assertj.core.data.Offset.offset(0.03));
        ErrorRates dukcapil = measure(sources.keySet().stream().filter(s -> s.startsWith("source_4_")).findFirst().orElseThrow());
        assertThat(dukcapil.nikMissing + dukcapil.nikWrong).isLessThan(0.02);
        assertThat(dukcapil.nameDiffers).isLessThan(dinsos.nameDiffers);
    }

    @Test
    void withoutErrorsAgencyFilesAgreeWithTheTruth(@TempDir Path clean) {
        PopulationFiles.write(new GeneratorSettings(3_000, 5, 3, SETTINGS.referenceDate(), 0.0), clean);
        Map<String, String> personOf = new HashMap<>();
        for (CSVRecord t : read(clean.resolve("truth.csv"))) {
            personOf.put(t.get("source") + "|" + t.get("record_id"), t.get("person_id"));
        }
        Map<String, CSVRecord> cleanPersons = new HashMap<>();
        read(clean.resolve("persons.csv")).forEach(p -> cleanPersons.put(p.get("person_id"), p));
        for (Path file : sourceFiles(clean)) {
            String source = file.getFileName().toString().replace(".csv", "");
            for (CSVRecord r : read(file)) {
                CSVRecord p = cleanPersons.get(personOf.get(source + "|" + r.get(0)));
                assertThat(r.get(1)).isEqualTo(p.get("nik"));
                assertThat(r.get(2)).isEqualTo(p.get("no_kk"));
                assertThat(r.get(3).toUpperCase()).isEqualTo(p.get("nama"));
            }
        }
    }

    @Test
    void agencyFilesUseTheAcceptedVariantsOfEachField() {
        Set<String> sexes = new HashSet<>();
        Set<String> dateShapes = new HashSet<>();
        Set<String> addressPrefixes = new HashSet<>();
        boolean dotted = false;
        boolean plain = false;
        for (List<CSVRecord> records : sources.values()) {
            for (CSVRecord r : records) {
                sexes.add(r.get(4));
                dateShapes.add(r.get(6).replaceAll("\\d", "9"));
                String address = r.get(9).toUpperCase();
                if (!address.isEmpty()) {
                    addressPrefixes.add(address.split("[ .]")[0]);
                }
                dotted |= r.get(12).contains(".");
                plain |= r.get(12).matches("\\d{10}");
                assertThat(r.get(1)).matches("(\\d{16})?");
                assertThat(r.get(2)).matches("(\\d{16})?");
            }
        }
        assertThat(sexes).containsExactlyInAnyOrder("L", "P", "LAKI-LAKI", "PEREMPUAN", "1", "2");
        assertThat(dateShapes).contains("9999-99-99", "99-99-9999", "99/99/9999", "99999999");
        assertThat(addressPrefixes).contains("KP", "KAMPUNG", "JL", "JLN", "JALAN", "PERUM");
        assertThat(dotted && plain).isTrue();
    }

    @Test
    void welfareIsWrittenWithFourDecimalsLikeFormat() {
        for (double w : new double[] {0, -0.00001, -0.00005, 1.23456, -2.5, 12.99999, 0.0001, -0.7}) {
            assertThat(PopulationFiles.fourDecimals(w)).as("%s", w)
                    .isEqualTo(String.format(java.util.Locale.ROOT, "%.4f", w).replace("-0.0000", "0.0000"));
        }
    }

    private record ErrorRates(double nikMissing, double nikWrong, double nameDiffers, double dateOtherFormat) {
    }

    private ErrorRates measure(String source) {
        Map<String, String> personOf = new HashMap<>();
        truth.forEach(t -> personOf.put(t.get("source") + "|" + t.get("record_id"), t.get("person_id")));
        List<CSVRecord> records = sources.get(source);
        int missing = 0;
        int wrong = 0;
        int nameDiffers = 0;
        int otherFormat = 0;
        String usualShape = null;
        Map<String, Integer> shapes = new HashMap<>();
        for (CSVRecord r : records) {
            shapes.merge(r.get(6).replaceAll("\\d", "9"), 1, Integer::sum);
        }
        usualShape = shapes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        for (CSVRecord r : records) {
            CSVRecord p = persons.get(personOf.get(source + "|" + r.get(0)));
            if (r.get(1).isEmpty()) {
                missing++;
            } else if (!r.get(1).equals(p.get("nik"))) {
                wrong++;
            }
            if (!r.get(3).toUpperCase().equals(p.get("nama"))) {
                nameDiffers++;
            }
            if (!r.get(6).replaceAll("\\d", "9").equals(usualShape)) {
                otherFormat++;
            }
        }
        double n = records.size();
        return new ErrorRates(missing / n, wrong / n, nameDiffers / n, otherFormat / n);
    }

    static List<CSVRecord> read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            char delimiter = text.substring(0, text.indexOf('\n')).contains(";") ? ';' : ',';
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).get();
            try (CSVParser parser = CSVParser.parse(text, format)) {
                return new ArrayList<>(parser.getRecords());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> sourceFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("source_")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> fileNames(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstBytes(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return new String(bytes, 0, Math.min(40, bytes.length), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
