package id.jaring.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepeatedKeysTests {

    @Test
    void listsEveryKeySeenAgainOnceAndNothingElseAmongAMillionDistinctKeys() {
        RepeatedKeys keys = new RepeatedKeys();
        for (long i = 0; i < 1_000_000; i++) {
            keys.add(Long.toString(3_601_010_101_900_001L + i * 7919));
        }
        keys.add(null);
        keys.add("3601010101900001");
        keys.add("3601010101900001");
        keys.add("R\0X");
        keys.add("RX");

        assertThat(keys.candidates()).containsExactly("3601010101900001", "RX");
    }

    @Test
    void tooManyRepeatedKeysMeansCheckThemAll() {
        RepeatedKeys keys = new RepeatedKeys();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i <= RepeatedKeys.MAX_LISTED; i++) {
                keys.add("K" + i);
            }
        }
        assertThat(keys.candidates()).isNull();
    }
}
