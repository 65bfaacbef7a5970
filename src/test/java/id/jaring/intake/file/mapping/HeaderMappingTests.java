package id.jaring.intake.file.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.jaring.intake.file.mapping.ColumnProposal.Basis;

class HeaderMappingTests {

    @Test
    void canonicalNamesInAnyCaseAndSpelling() {
        List<ColumnProposal> p = HeaderMapping.propose(List.of("NIK", "NOKK", "Nama", "TANGGAL LAHIR", "Kode Wilayah",
                "hubungan_keluarga", "HPL"), Map.of());
        assertThat(p).extracting(ColumnProposal::canonical)
                .containsExactly("nik", "no_kk", "nama", "tanggal_lahir", "kode_wilayah", "hubungan_keluarga", "hpl");
        assertThat(p).allSatisfy(c -> {
            assertThat(c.basis()).isEqualTo(Basis.CANONICAL);
            assertThat(c.confidence()).isEqualTo(1.0);
            assertThat(c.duplicate()).isFalse();
        });
        assertThat(p.get(1).index()).isEqualTo(1);
        assertThat(p.get(1).source()).isEqualTo("NOKK");
        assertThat(HeaderMapping.propose(List.of("No. KK"), null).get(0).canonical()).isEqualTo("no_kk");
    }

    @Test
    void knownSynonyms() {
        Map<String, String> expected = Map.ofEntries(Map.entry("NAMA_LENGKAP", "nama"), Map.entry("NM_LENGKAP", "nama"),
                Map.entry("NO_NIK", "nik"), Map.entry("NIK_KTP", "nik"), Map.entry("NOMOR NIK", "nik"),
                Map.entry("NOMOR_KK", "no_kk"), Map.entry("KK", "no_kk"), Map.entry("TGL_LAHIR", "tanggal_lahir"),
                Map.entry("Tgl. Lahir", "tanggal_lahir"), Map.entry("JK", "jenis_kelamin"),
                Map.entry("SEX", "jenis_kelamin"), Map.entry("L/P", "jenis_kelamin"), Map.entry("KD_DESA", "kode_wilayah"),
                Map.entry("KODE_DESA", "kode_wilayah"), Map.entry("KDDESA", "kode_wilayah"),
                Map.entry("ALAMAT_LENGKAP", "alamat"), Map.entry("NAMA_IBU", "nama_ibu_kandung"),
                Map.entry("IBU_KANDUNG", "nama_ibu_kandung"), Map.entry("SHDK", "hubungan_keluarga"),
                Map.entry("HUB_KEL", "hubungan_keluarga"), Map.entry("STATUS_HUBUNGAN", "hubungan_keluarga"),
                Map.entry("TTL", ColumnNames.PLACE_AND_DATE_OF_BIRTH), Map.entry("Status Perkawinan", "status_kawin"),
                Map.entry("LUAS_LANTAI", "luas_lantai_m2"), Map.entry("SEPEDA MOTOR", "aset_motor"));
        expected.forEach((header, canonical) -> {
            ColumnProposal p = HeaderMapping.propose(List.of(header), null).get(0);
            assertThat(p.canonical()).as(header).isEqualTo(canonical);
            assertThat(p.basis()).as(header).isEqualTo(Basis.SYNONYM);
            assertThat(p.confidence()).isEqualTo(0.95);
        });
    }

    @Test
    void accentsAndOddSpacingAreNormalised() {
        assertThat(ColumnNames.key(" Tgl._Lahír ")).isEqualTo("tgllahir");
        assertThat(HeaderMapping.propose(List.of("Nâma  Lengkap"), null).get(0).canonical()).isEqualTo("nama");
    }

    @Test
    void fuzzyGuessesForTyposRankBelowSynonyms() {
        ColumnProposal typo = HeaderMapping.propose(List.of("TGL_LAHR"), null).get(0);
        assertThat(typo.canonical()).isEqualTo("tanggal_lahir");
        assertThat(typo.basis()).isEqualTo(Basis.FUZZY);
        assertThat(typo.confidence()).isBetween(0.8, 0.9);
        ColumnProposal lengkp = HeaderMapping.propose(List.of("NAMA_LENGKP"), null).get(0);
        assertThat(lengkp.canonical()).isEqualTo("nama");
        assertThat(lengkp.basis()).isEqualTo(Basis.FUZZY);
        ColumnProposal penghasilan = HeaderMapping.propose(List.of("PENGHASILAN_PERBULAN_RP"), null).get(0);
        assertThat(penghasilan.canonical()).isEqualTo("penghasilan_bulanan");
        assertThat(penghasilan.basis()).isEqualTo(Basis.FUZZY);
    }

    @Test
    void unknownAndLookAlikeColumnsAreKeptAsSourceAttributes() {
        List<ColumnProposal> p = HeaderMapping.propose(List.of("NAMA_KK", "NIK_IBU", "KETERANGAN", "X", "", "RW"), null);
        assertThat(p.subList(0, 5)).allSatisfy(c -> {
            assertThat(c.keepAsSourceAttribute()).as(c.source()).isTrue();
            assertThat(c.basis()).isEqualTo(Basis.NONE);
            assertThat(c.confidence()).isZero();
        });
        assertThat(p.get(5).canonical()).isEqualTo("rw");
    }

    @Test
    void theSavedAgencyMappingComesFirst() {
        Map<String, String> saved = Map.of("NAMA_KRT", "nama", "nama", HeaderMapping.KEEP, "Kolom Lama", "tidak_ada_lagi");
        List<ColumnProposal> p = HeaderMapping.propose(List.of("Nama KRT", "NAMA", "Kolom Lama", "NIK"), saved);
        assertThat(p.get(0)).isEqualTo(new ColumnProposal(0, "Nama KRT", "nama", 1.0, Basis.SAVED, false));
        assertThat(p.get(1)).isEqualTo(new ColumnProposal(1, "NAMA", null, 1.0, Basis.SAVED, false));
        assertThat(p.get(2).basis()).as("a saved name that is no longer canonical is ignored").isEqualTo(Basis.NONE);
        assertThat(p.get(3).canonical()).isEqualTo("nik");
    }

    @Test
    void twoColumnsProposingTheSameCanonicalColumnAreFlagged() {
        List<ColumnProposal> p = HeaderMapping.propose(List.of("NIK", "NO_NIK", "NAMA", "TGL_LAHIR"), null);
        assertThat(p.get(0).duplicate()).isTrue();
        assertThat(p.get(1).duplicate()).isTrue();
        assertThat(p.get(2).duplicate()).isFalse();
        assertThat(p.get(3).duplicate()).isFalse();
    }

    @Test
    void jaroWinklerAgreesWithTheTextbook() {
        assertThat(JaroWinkler.similarity("martha", "marhta")).isCloseTo(0.961, org.assertj.core.data.Offset.offset(0.001));
        assertThat(JaroWinkler.similarity("dixon", "dicksonx")).isCloseTo(0.813, org.assertj.core.data.Offset.offset(0.001));
        assertThat(JaroWinkler.similarity("abc", "xyz")).isZero();
    }
}
