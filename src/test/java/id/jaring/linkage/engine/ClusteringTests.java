package id.jaring.linkage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.jaring.linkage.LinkageModel;

class ClusteringTests {

    private static final LinkageModel MODEL = LinkageModel.builtIn("person");

    private static RecordSet records(String[]... rows) {
        RecordSet records = new RecordSet(MODEL);
        String[] ids = new String[rows.length];
        String[][] raw = new String[rows.length][MODEL.fields().size()];
        for (int r = 0; r < rows.length; r++) {
            ids[r] = "r" + r;
            raw[r][MODEL.fieldIndex("nik")] = rows[r][0];
            raw[r][MODEL.fieldIndex("nama")] = rows[r][1];
        }
        records.addAll("s", ids, raw);
        return records;
    }

    private static long pair(int i, int j) {
        return ((long) i << 32) | j;
    }

    private static Clustering.Result cluster(RecordSet records, long[] pairs, float[] weights, int maxSize) {
        return Clustering.cluster(records, pairs, weights, 20, 10, maxSize, MODEL.fieldIndex("nik"), MODEL.fieldIndex("nama"));
    }

    @Test
    void twoClearlyDifferentValidNiksAreNeverMergedEvenThroughAThirdRecord() {
        RecordSet records = records(new String[] {"3603135105230001", "SITI AMINAH"},
                new String[] {"", "SITI AMINAH"}, new String[] {"3671024407990003", "SITI AMINAH"});
        long[] pairs = {pair(0, 1), pair(1, 2), pair(0, 2)};
        Clustering.Result result = cluster(records, pairs, new float[] {60, 50, 40}, 30);
        assertThat(result.cluster()[0]).isEqualTo(result.cluster()[1]);
        assertThat(result.cluster()[2]).isNotEqualTo(result.cluster()[0]);
        assertThat(result.review()).extracting(Clustering.ReviewPair::reason).contains(Clustering.Reason.NIK_CONFLICT);
    }

    @Test
    void aMistypedNikStillJoinsButTwinsWithOtherNamesDoNot() {
        RecordSet records = records(new String[] {"3603135105230001", "SITI AMINAH"},
                new String[] {"3603135105230007", "SITI AMINAH"}, // one digit slipped, same name
                new String[] {"3603135105230002", "SITI AMINAH"}, new String[] {"3603135105230003", "SITI AMIRAH"}); // twin
        long[] pairs = {pair(0, 1), pair(2, 3)};
        Clustering.Result result = cluster(records, pairs, new float[] {40, 40}, 30);
        assertThat(result.cluster()[0]).isEqualTo(result.cluster()[1]);
        assertThat(result.cluster()[2]).isNotEqualTo(result.cluster()[3]);
    }

    @Test
    void sexCodeDifferenceIsAnotherPerson() {
        RecordSet records = records(new String[] {"3603131105230001", "AHMAD"}, new String[] {"3603135105230001", "AHMAD"});
        Clustering.Result result = cluster(records, new long[] {pair(0, 1)}, new float[] {40}, 30);
        assertThat(result.cluster()[0]).isNotEqualTo(result.cluster()[1]);
    }

    @Test
    void clusterSizeIsBoundedAndTheWeakestLinksGiveWay() {
        String[][] rows = new String[6][];
        for (int r = 0; r < 6; r++) {
            rows[r] = new String[] {"", "BUDI"};
        }
        RecordSet records = records(rows);
        long[] pairs = {pair(0, 1), pair(1, 2), pair(2, 3), pair(3, 4), pair(4, 5)};
        float[] weights = {50, 49, 21, 48, 47};
        Clustering.Result result = cluster(records, pairs, weights, 3);
        assertThat(result.cluster()[0]).isEqualTo(result.cluster()[2]);
        assertThat(result.cluster()[3]).isEqualTo(result.cluster()[5]);
        assertThat(result.cluster()[2]).isNotEqualTo(result.cluster()[3]);
        assertThat(result.review()).extracting(Clustering.ReviewPair::reason).containsExactly(Clustering.Reason.CLUSTER_SIZE);
    }

    @Test
    void doubtfulPairsGoToReviewNotIntoClusters() {
        RecordSet records = records(new String[] {"", "BUDI"}, new String[] {"", "BUDI"}, new String[] {"", "BUDI"});
        Clustering.Result result = cluster(records, new long[] {pair(0, 1), pair(1, 2)}, new float[] {15, 5}, 30);
        assertThat(result.clusters()).isEqualTo(3);
        assertThat(result.review()).hasSize(1);
        assertThat(result.review().get(0)).isEqualTo(new Clustering.ReviewPair(0, 1, 15, Clustering.Reason.DOUBTFUL));
        assertThat(List.of(result.cluster()[0], result.cluster()[1])).doesNotHaveDuplicates();
    }
}
