package id.jaring.linkage.standardise;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.jaring.linkage.engine.CsvStream;
import id.jaring.synth.GenerateCommand;

class StandardisationTests {

    @Test
    void caseSpacingAndPunctuation() {
        assertThat(Names.standardise("  siti   aminah ")).isEqualTo("SITI AMINAH");
        assertThat(Names.standardise("Ma'ruf Amin")).isEqualTo("MARUF AMIN");
        assertThat(Names.standardise("SITI-AMINAH")).isEqualTo("SITI AMINAH");
        assertThat(Names.standardise(" ")).isNull();
    }

    @Test
    void titlesBeforeTheNameGo() {
        assertThat(Names.standardise("H. AHMAD SUHERMAN")).isEqualTo("AHMAD SUHERMAN");
        assertThat(Names.standardise("Hj. Siti Aminah")).isEqualTo("SITI AMINAH");
        assertThat(Names.standardise("DRS. H. BUDI")).isEqualTo("BUDI");
        assertThat(Names.standardise("Ir. Joko Widodo")).isEqualTo("JOKO WIDODO");
        assertThat(Names.standardise("DRA. NENENG")).isEqualTo("NENENG");
        assertThat(Names.standardise("H")).isEqualTo("H"); // a lone word is a name, not a title
    }

    @Test
    void degreesAfterTheNameGo() {
        assertThat(Names.standardise("INDAH NURJANAH, S.T.")).isEqualTo("INDAH NURJANAH");
        assertThat(Names.standardise("Rina Wati S.Pd")).isEqualTo("RINA WATI");
        assertThat(Names.standardise("BUDI SANTOSO S.E.")).isEqualTo("BUDI SANTOSO");
        assertThat(Names.standardise("ASEP SPD")).isEqualTo("ASEP");
        assertThat(Names.standardise("DEDI SE")).isEqualTo("DEDI SE"); // SE without dots may be a name
        assertThat(Names.standardise("Hj. Yuyun, S.Pd.I")).isEqualTo("YUYUN");
    }

    @Test
    void muhammadFamily() {
        for (String variant : new String[] {"MUHAMMAD", "MUHAMAD", "MOHAMMAD", "MOHAMAD", "MOCH.", "MOH.", "M.", "MUH.",
                "MUCHAMAD", "MOCHAMMAD", "M", "Moch"}) {
            assertThat(Names.standardise(variant + " RIZKY")).as(variant).isEqualTo("MUHAMMAD RIZKY");
        }
        assertThat(Names.standardise("ANDI M. RIZKY")).isEqualTo("ANDI M RIZKY"); // an inner initial stays an initial
        assertThat(Names.standardise("ST. AMINAH")).isEqualTo("SITI AMINAH");
        assertThat(Names.standardise("ABD. ROHMAN")).isEqualTo("ABDUL ROHMAN");
    }

    @Test
    void oldSpellingIsModernised() {
        assertThat(Names.standardise("DJOKO")).isEqualTo("JOKO");
        assertThat(Names.standardise("TJITRA")).isEqualTo("CITRA");
        assertThat(Names.standardise("NJOMAN")).isEqualTo("NYOMAN");
        assertThat(Names.standardise("SOEKARNO")).isEqualTo("SUKARNO");
        assertThat(Names.standardise("SJAMSUDIN")).isEqualTo("SYAMSUDIN");
        assertThat(Names.standardise("ACHMAD")).isEqualTo("AKHMAD");
        assertThat(Names.standardise("SITI NOERDJANAH")).isEqualTo(Names.standardise("Siti Nurjanah"));
    }

    @Test
    void patronymsAreDropped() {
        assertThat(Names.standardise("ACIH OOM BINTI SUKMA")).isEqualTo("ACIH OOM");
        assertThat(Names.standardise("ASEP BIN SULAEMAN")).isEqualTo("ASEP");
        assertThat(Names.standardise("BINTANG")).isEqualTo("BINTANG");
    }

    @Test
    void addressPrefixes() {
        assertThat(Addresses.standardise("KAMPUNG SUKAMAJU")).isEqualTo("KP SUKAMAJU");
        assertThat(Addresses.standardise("Kp.Sukamaju")).isEqualTo("KP SUKAMAJU");
        assertThat(Addresses.standardise("KMP. SUKAMAJU")).isEqualTo("KP SUKAMAJU");
        assertThat(Addresses.standardise("JALAN MANGGA NOMOR 79")).isEqualTo("JL MANGGA NO 79");
        assertThat(Addresses.standardise("JLN. MANGGA NO. 79")).isEqualTo("JL MANGGA NO 79");
        assertThat(Addresses.standardise("PERUMAHAN GRIYA ASRI")).isEqualTo("PERUM GRIYA ASRI");
        assertThat(Addresses.place("KAB. LEBAK")).isEqualTo("LEBAK");
        assertThat(Addresses.place("Kota Serang")).isEqualTo("SERANG");
    }

    @Test
    void datesInEveryFormat() {
        assertThat(Dates.parse("2012-03-06")).isEqualTo(20120306);
        assertThat(Dates.parse("06-03-2012")).isEqualTo(20120306);
        assertThat(Dates.parse("06/03/2012")).isEqualTo(20120306);
        assertThat(Dates.parse("20120306")).isEqualTo(20120306);
        assertThat(Dates.parse("06032012")).isEqualTo(20120306);
        assertThat(Dates.parse("6-3-2012")).isEqualTo(20120306);
        assertThat(Dates.parse("03/25/2012")).as("month first when only that reads as a date").isEqualTo(20120325);
        assertThat(Dates.parse("31-02-2012")).isZero();
        assertThat(Dates.parse("kemarin")).isZero();
        assertThat(Dates.parse("")).isZero();
    }

    @Test
    void dayMonthSwapsAreRecognised() {
        assertThat(Dates.swapped(20120306, 20120603)).isTrue();
        assertThat(Dates.swapped(20120306, 20120306)).isFalse();
        assertThat(Dates.swapped(20120306, 20130603)).isFalse();
        assertThat(Dates.unordered(20120603)).isEqualTo(Dates.unordered(20120306));
    }

    @Test
    void nikStructure() {
        assertThat(Nik.standardise("3603-1351-0523-0001")).isEqualTo("3603135105230001");
        assertThat(Nik.standardise("360313510523")).isNull();
        assertThat(Nik.standardise("0000000000000000")).isNull();
        assertThat(Nik.valid("3603135105230001")).isTrue();
        assertThat(Nik.valid("3603137205230001")).as("day 72 is neither a man's nor a woman's day").isFalse();
        assertThat(Nik.valid("3603135113230001")).as("month 13").isFalse();
        assertThat(Nik.valid("3603131105230000")).as("serial 0000").isFalse();
        assertThat(Nik.sex("3603135105230001")).isEqualTo("P");
        assertThat(Nik.sex("3603131105230001")).isEqualTo("L");
        assertThat(Nik.birthDate("3603135105230001", 2026)).isEqualTo(20230511);
        assertThat(Nik.birthDate("3603131105800001", 2026)).isEqualTo(19800511);
        assertThat(Nik.kecamatan("3603135105230001")).isEqualTo("360313");
    }

    @Test
    void nikTyposVersusOtherPeople() {
        assertThat(Nik.plausibleTypo("3603135105230001".toCharArray(), "3603135105230002".toCharArray())).isTrue();
        assertThat(Nik.plausibleTypo("3603135105230001".toCharArray(), "3603131505230001".toCharArray())).isTrue();
        assertThat(Nik.plausibleTypo("3603135105230001".toCharArray(), "3603135105230021".toCharArray())).isTrue();
        assertThat(Nik.plausibleTypo("3603135105230001".toCharArray(), "3603135105230012".toCharArray())).isFalse();
        assertThat(Nik.plausibleTypo("3603131105230001".toCharArray(), "3603135105230001".toCharArray()))
                .as("day + 40 is the sex code: a twin sister, not a slip").isFalse();
    }

    @Test
    void sexForms() {
        for (String male : new String[] {"L", "LAKI-LAKI", "laki laki", "M", "1", "Pria"}) {
            assertThat(Sexes.standardise(male)).as(male).isEqualTo("L");
        }
        for (String female : new String[] {"P", "PEREMPUAN", "F", "2", "Wanita"}) {
            assertThat(Sexes.standardise(female)).as(female).isEqualTo("P");
        }
        assertThat(Sexes.standardise("?")).isNull();
    }

    @Test
    void soundKeysMergeLettersHeardAlike() {
        assertThat(Phonetic.key("FAUZIAH")).isEqualTo(Phonetic.key("PAUSIAH"));
        assertThat(Phonetic.key("ANNISA")).isEqualTo(Phonetic.key("ANISA"));
        assertThat(Phonetic.key("RIZKY")).isEqualTo(Phonetic.key("RISKI"));
        assertThat(Phonetic.key("BUDI")).isNotEqualTo(Phonetic.key("BAGUS"));
    }

    @Test
    void theOnePassAsciiSplitGivesWhatTheWholeStringRulesGive(@TempDir Path dir) throws Exception {
        List<String> names = new ArrayList<>(List.of("H. Moch. Ali, S.Pd.I", "SITI-AMINAH", "M.ALI", "Ma'ruf Amin",
                "Drs.H.Djoko", "S.PD", "  a..b  c ", "Abd. Rahman S.E.", "NUR ,", ", SITI", "a-.b", "x.-y z_w",
                "BIN", "Ahmad bin Umar", "HJ.", "ST. AMINAH", "`Aisyah", "AHMAD M.Kes", "R.A. KARTINI"));
        assertThat(GenerateCommand.run(new String[] {"--persons", "3000", "--sources", "5", "--seed", "3", "--out",
                dir.toString()})).isZero();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("source_")).toList()) {
                try (CsvStream csv = CsvStream.open(f)) {
                    while (csv.next()) {
                        names.add(csv.get(csv.column("nama")));
                        names.add(csv.get(csv.column("nama_ibu_kandung")));
                    }
                }
            }
        }
        assertThat(names).hasSizeGreaterThan(5000);
        for (String name : names) {
            assertThat(Names.standardise(name)).as(name).isEqualTo(Names.standardiseAnyText(name));
        }
    }
}
