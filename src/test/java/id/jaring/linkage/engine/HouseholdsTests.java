package id.jaring.linkage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.jaring.linkage.LinkageModel;

/** Source families joined into households, and the guards that keep distinct families apart. */
class HouseholdsTests {

    private static final LinkageModel MODEL = LinkageModel.builtIn("person");

    /** Rows of {source, no_kk, kode_wilayah, alamat, hubungan}; person cluster given per row. */
    private static Households.Result link(int[] person, String[]... rows) {
        RecordSet records = new RecordSet(MODEL);
        for (int r = 0; r < rows.length; r++) {
            String[] raw = new String[MODEL.fields().size()];
            raw[MODEL.fieldIndex("no_kk")] = rows[r][1];
            raw[MODEL.fieldIndex("wilayah")] = rows[r][2];
            raw[MODEL.fieldIndex("alamat")] = rows[r][3];
            raw[MODEL.fieldIndex("hubungan")] = rows[r][4];
            records.addAll(rows[r][0], new String[] {"r" + r}, new String[][] {raw});
        }
        return Households.link(records, person, MODEL.fieldIndex("no_kk"), MODEL.fieldIndex("wilayah"),
                MODEL.fieldIndex("alamat"), MODEL.fieldIndex("hubungan"));
    }

    private static boolean together(Households.Result result, int recordA, int recordB) {
        return result.household()[result.node()[recordA]] == result.household()[result.node()[recordB]];
    }

    @Test
    void oneSharedPersonAloneDoesNotJoinTwoKks() {
        // a daughter in her parents' KK (dinsos) and, married, in her husband's KK in another desa (dinkes)
        Households.Result result = link(new int[] {0, 1, 0, 2},
                new String[] {"dinsos", "3603131105100001", "3603132001", "KP. SUKAMAJU", "ANAK"},
                new String[] {"dinsos", "3603131105100001", "3603132001", "KP. SUKAMAJU", "KEPALA KELUARGA"},
                new String[] {"dinkes", "3603130203210004", "3603132005", "KP. CIBADAK", "ISTRI"},
                new String[] {"dinkes", "3603130203210004", "3603132005", "KP. CIBADAK", "KEPALA KELUARGA"});
        assertThat(result.nodes()).isEqualTo(2);
        assertThat(together(result, 0, 2)).isFalse();
    }

    @Test
    void twoSharedPeopleOrTheSameKkOrTheSameHomeJoin() {
        Households.Result result = link(new int[] {0, 1, 0, 1, 2, 3, 4, 4, 5, 6, 5},
                // moved family: old KK and address in dinsos, the current ones in dinkes; two people shared
                new String[] {"dinsos", "3603130101050001", "3603132001", "KP. SUKAMAJU", "ANAK"},
                new String[] {"dinsos", "3603130101050001", "3603132001", "KP. SUKAMAJU", "ISTRI"},
                new String[] {"dinkes", "3603130707180002", "3603142003", "PERUM GRIYA ASRI", "ANAK"},
                new String[] {"dinkes", "3603130707180002", "3603142003", "PERUM GRIYA ASRI", "ISTRI"},
                // the same KK, nobody shared (the parents in one list, a child in the other)
                new String[] {"dinsos", "3601011212120003", "3601012001", "KP. BARU", "KEPALA KELUARGA"},
                new String[] {"dindik", "3601011212120003", "3601012001", "KP. BARU", "ANAK"},
                // one person shared, same desa and address, KK mistyped in one list
                new String[] {"dinsos", "3601020303030001", "3601022002", "KP. CILAME", "ANAK"},
                new String[] {"dindik", "3601020303030009", "3601022002", "KAMPUNG CILAME", ""},
                // one person shared, a child in both lists, another desa of the same kab/kota (moved)
                new String[] {"dinkes", "3602050505050001", "3602052001", "KP. LEUWI", "ANAK"},
                new String[] {"dindik", "3602111111110002", "3602112004", "KP. JAHE", "KEPALA KELUARGA"},
                new String[] {"dindik", "3602061010100003", "3602062003", "KP. HILIR", "ANAK"});
        assertThat(together(result, 0, 2)).isTrue();
        assertThat(together(result, 4, 5)).isTrue();
        assertThat(together(result, 6, 7)).isTrue();
        assertThat(together(result, 8, 10)).isTrue();
        assertThat(together(result, 0, 4)).isFalse();
        assertThat(together(result, 8, 9)).isFalse();
    }

    @Test
    void twoKksOfOneSourceAreNeverOneHousehold() {
        // dinsos lists two families (two KKs); a third list's family shares two people with each
        // (say a person clustering error): only the stronger link is taken, the other is refused
        Households.Result result = link(new int[] {0, 1, 2, 3, 4, 0, 1, 2, 3, 4},
                new String[] {"dinsos", "3603130101050001", "3603132001", "KP. A", "ANAK"},
                new String[] {"dinsos", "3603130101050001", "3603132001", "KP. A", "ANAK"},
                new String[] {"dinsos", "3603130101050001", "3603132001", "KP. A", "ANAK"},
                new String[] {"dinsos", "3603130202050002", "3603132002", "KP. B", "ANAK"},
                new String[] {"dinsos", "3603130202050002", "3603132002", "KP. B", "ANAK"},
                new String[] {"bappeda", "3603130303050003", "3603132003", "KP. C", "ANAK"},
                new String[] {"bappeda", "3603130303050003", "3603132003", "KP. C", "ANAK"},
                new String[] {"bappeda", "3603130303050003", "3603132003", "KP. C", "ANAK"},
                new String[] {"bappeda", "3603130303050003", "3603132003", "KP. C", "ANAK"},
                new String[] {"bappeda", "3603130303050003", "3603132003", "KP. C", "ANAK"});
        assertThat(together(result, 0, 3)).isFalse();
        assertThat(together(result, 0, 5)).isTrue(); // three people shared beat two
        assertThat(together(result, 3, 5)).isFalse();
        assertThat(result.refused()).isEqualTo(1);
    }
}
