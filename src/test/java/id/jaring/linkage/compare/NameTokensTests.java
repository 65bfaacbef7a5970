package id.jaring.linkage.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameTokensTests {

    private static final String[] NAMES = {"SITI AMINAH", "AMINAH SITI", "SITI AMINAHH", "DEWI M KURNIASIH",
        "DEWI MELATI KURNIASIH", "BUDI SANTOSO", "AHMAD FAUZI", "MUHAMMAD RAFI", "MUHAMMAD REZA", "NURAINI",
        "NUR AINI", "MASITOH", "MASITO", "SITI NAURA KHOIRUNNISA", "SITI RATIH KHOIRUNNISA", "A B C D"};

    @Test
    void givesTheSameSimilarityAsTheCharacterVersion() {
        char[][] column = new char[NAMES.length][];
        for (int i = 0; i < NAMES.length; i++) {
            column[i] = NAMES[i].toCharArray();
        }
        NameTokens tokens = NameTokens.of(column, column.length);
        assertThat(tokens.distinctWords()).isLessThan(2 * NAMES.length);
        for (int i = 0; i < NAMES.length; i++) {
            for (int j = 0; j < NAMES.length; j++) {
                double expected = Levels.nameSimilarity(column[i], column[j]);
                // twice: the second call is answered from the word-pair cache
                for (int round = 0; round < 2; round++) {
                    assertThat(tokens.similarity(column[i], i, column[j], j, 1.01)).as(NAMES[i] + " / " + NAMES[j])
                            .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
                }
                double[] thresholds = {0.95, 0.9, 0.8};
                assertThat(Levels.band(tokens.similarity(column[i], i, column[j], j, 0.95), thresholds))
                        .isEqualTo(Levels.band(expected, thresholds));
            }
        }
    }
}
