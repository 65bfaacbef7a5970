package id.jaring.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeLabelsTests {

    @Test
    void readsInstrumentLabels() {
        assertThat(CodeLabels.parse(Welfare.Floor.class, "KAYU/PAPAN")).contains(Welfare.Floor.KAYU_PAPAN);
        assertThat(CodeLabels.parse(Welfare.Wall.class, "Plesteran anyaman bambu/kawat")).contains(Welfare.Wall.PLESTERAN_ANYAMAN_BAMBU);
        assertThat(CodeLabels.parse(Welfare.Roof.class, "JERAMI/IJUK/DAUN")).contains(Welfare.Roof.JERAMI_IJUK_RUMBIA);
        assertThat(CodeLabels.parse(Welfare.WaterSource.class, "AIR KEMASAN BERMEREK")).contains(Welfare.WaterSource.AIR_KEMASAN);
        assertThat(CodeLabels.parse(Welfare.WaterSource.class, "air sungai/danau")).contains(Welfare.WaterSource.AIR_PERMUKAAN);
        assertThat(CodeLabels.parse(Welfare.Lighting.class, "LISTRIK PLN DENGAN METERAN")).contains(Welfare.Lighting.PLN_METERAN);
        assertThat(CodeLabels.parse(Welfare.CookingFuel.class, "GAS ELPIJI 3 KG")).contains(Welfare.CookingFuel.GAS_ELPIJI_3KG);
        assertThat(CodeLabels.parse(Welfare.CookingFuel.class, "GAS ELPIJI 5,5/12 KG")).contains(Welfare.CookingFuel.GAS_ELPIJI_BESAR);
        assertThat(CodeLabels.parse(Education.class, "TIDAK/BELUM SEKOLAH")).contains(Education.TIDAK_BELUM_SEKOLAH);
    }

    @Test
    void readsNoneByCodeList() {
        assertThat(CodeLabels.parse(Disability.class, "none")).contains(Disability.TIDAK_ADA);
        assertThat(CodeLabels.parse(Disability.class, "berat")).contains(Disability.BERAT);
        assertThat(CodeLabels.parse(SchoolEnrolment.class, "none")).contains(SchoolEnrolment.TIDAK_SEKOLAH);
        assertThat(CodeLabels.parse(SchoolEnrolment.class, "SMP")).contains(SchoolEnrolment.SMP);
    }

    @Test
    void unknownAndBlankLabelsReadAsNothing() {
        assertThat(CodeLabels.parse(Welfare.Floor.class, "  ")).isEmpty();
        assertThat(CodeLabels.parse(Welfare.Floor.class, "EMAS MURNI")).isEmpty();
        assertThat(CodeLabels.parse(Disability.class, null)).isEmpty();
    }
}
