package id.jaring.linkage.engine;

import java.util.Arrays;

import id.jaring.linkage.compare.Levels;

/**
 * Families linked across sources once their people are linked. The records of one source with one
 * No. KK form a <em>source family</em>; two source families of different sources are one household
 * when
 * <ul>
 * <li>they have the same No. KK (the family's own identifier), or</li>
 * <li>at least two of their people were linked to each other (two person clusters shared), or</li>
 * <li>one person is shared and the families live at the same place (same desa, similar address), or</li>
 * <li>one person is shared with the same relationship to the head in both lists (a child in both: the
 * family moved and one agency still has its old KK and address), within one kab/kota.</li>
 * </ul>
 * One shared person alone never joins two different KKs: people leave families (a daughter marries
 * into her husband's KK, where she is ISTRI instead of ANAK) and a single false person link must not
 * merge two families. Links are
 * taken strongest first (same KK, then by the number of shared people), and a merge is refused
 * when it would put two source families of the same source, that is two different KKs of one
 * agency, into one household: an agency lists a family under one KK, so two KKs in one list are two
 * families (that also bounds a household to one source family per source).
 */
public final class Households {

    /**
     * @param node       source family per record, -1 when the record has no No. KK
     * @param nodeSource source per source family
     * @param nodeRecord a record of each source family (its No. KK, region and address are that family's)
     * @param household  household per source family (0-based, in order of first source family)
     * @param households number of households
     * @param refused    links refused by the same-source guard
     */
    public record Result(int[] node, int[] nodeSource, int[] nodeRecord, int[] household, int households, int refused) {

        public int nodes() {
            return nodeSource.length;
        }

        /**
         * Household per record: its source family's; for a record without No. KK, that of another
         * record of the same person; -1 when none of the person's records has a No. KK.
         */
        public int[] perRecord(int[] personCluster, int clusters) {
            int[] ofCluster = new int[clusters];
            Arrays.fill(ofCluster, -1);
            for (int r = 0; r < node.length; r++) {
                if (node[r] >= 0 && ofCluster[personCluster[r]] < 0) {
                    ofCluster[personCluster[r]] = household[node[r]];
                }
            }
            int[] out = new int[node.length];
            for (int r = 0; r < node.length; r++) {
                out[r] = node[r] >= 0 ? household[node[r]] : ofCluster[personCluster[r]];
            }
            return out;
        }
    }

    /** Source families are packed in 26 bits in the sorted edge lists. */
    static final int MAX_NODES = (1 << 26) - 1;

    private Households() {
    }

    /**
     * @param records  the linked records
     * @param person   person cluster per record
     * @param kkField  the No. KK field; {@code regionField} and {@code addressField} where the family lives
     * @param relationField the relationship to the head of the family (ANAK, ISTRI, ...), -1 when not known
     */
    public static Result link(RecordSet records, int[] person, int kkField, int regionField, int addressField,
            int relationField) {
        int n = records.size();
        int[] node = new int[n];
        LongIntMap byKey = new LongIntMap(Math.max(16, n / 3));
        int[] nodeSource = new int[Math.max(16, n / 3)];
        int[] nodeRecord = new int[nodeSource.length];
        for (int r = 0; r < n; r++) {
            char[] kk = records.value(kkField, r);
            if (kk == null) {
                node[r] = -1;
                continue;
            }
            int before = byKey.size();
            int id = byKey.putIfAbsent(BlockingKeys.hash(kk, 0, kk.length, false) * 31 + records.source(r) + 1, before);
            if (byKey.size() > before) {
                if (id == nodeSource.length) {
                    nodeSource = Arrays.copyOf(nodeSource, id * 2);
                    nodeRecord = Arrays.copyOf(nodeRecord, id * 2);
                }
                nodeSource[id] = records.source(r);
                nodeRecord[id] = r;
            }
            node[r] = id;
        }
        int nodes = byKey.size();
        if (nodes > MAX_NODES) {
            throw new IllegalArgumentException("at most " + MAX_NODES + " source families");
        }
        nodeSource = Arrays.copyOf(nodeSource, nodes);
        nodeRecord = Arrays.copyOf(nodeRecord, nodes);
        Guarded sets = new Guarded(nodeSource, records.sourceNames().size());
        sameKk(records, kkField, nodeRecord, sets);
        long[] edges = sharedPeople(records, node, person, nodeSource, relationField);
        // an edge's strength: shared people, then same place; strongest first
        long[] ranked = new long[edges.length];
        int m = 0;
        for (int e = 0; e < edges.length;) {
            int f = e;
            boolean sameRelation = false;
            while (f < edges.length && edges[f] >>> 1 == edges[e] >>> 1) {
                sameRelation |= (edges[f] & 1) != 0;
                f++;
            }
            int shared = f - e;
            int a = (int) (edges[e] >>> 33);
            int b = (int) (edges[e] >>> 1) & 0x3ffffff;
            int ra = nodeRecord[a];
            int rb = nodeRecord[b];
            int place = place(records, regionField, addressField, ra, rb);
            if (shared >= 2 || place == Levels.HOUSEHOLD_SAME_ADDRESS
                    || (sameRelation && sameKabKota(records, regionField, ra, rb))) {
                int strength = Math.min(shared, 1000) * 4 + (place == Levels.HOUSEHOLD_SAME_ADDRESS ? 2
                        : place == Levels.HOUSEHOLD_SAME_DESA ? 1 : 0);
                ranked[m++] = ((long) (4095 - strength) << 52) | ((long) a << 26) | b;
            }
            e = f;
        }
        ranked = Arrays.copyOf(ranked, m);
        Arrays.parallelSort(ranked);
        for (long edge : ranked) {
            sets.union((int) (edge >>> 26) & 0x3ffffff, (int) edge & 0x3ffffff);
        }
        int[] household = new int[nodes];
        int[] number = new int[nodes];
        Arrays.fill(number, -1);
        int households = 0;
        for (int v = 0; v < nodes; v++) {
            int root = sets.find(v);
            if (number[root] < 0) {
                number[root] = households++;
            }
            household[v] = number[root];
        }
        return new Result(node, nodeSource, nodeRecord, household, households, sets.refused);
    }

    /** Same kab/kota: the first four digits of the region code. */
    private static boolean sameKabKota(RecordSet records, int regionField, int ra, int rb) {
        char[] x = records.value(regionField, ra);
        char[] y = records.value(regionField, rb);
        return x != null && y != null && x.length >= 4 && y.length >= 4 && Arrays.equals(x, 0, 4, y, 0, 4);
    }

    private static int place(RecordSet records, int regionField, int addressField, int ra, int rb) {
        return Levels.household(null, null, records.value(regionField, ra), records.value(regionField, rb),
                records.value(addressField, ra), records.value(addressField, rb));
    }

    /** Source families of different sources with the same No. KK are joined first. */
    private static void sameKk(RecordSet records, int kkField, int[] nodeRecord, Guarded sets) {
        int nodes = nodeRecord.length;
        long[] byKk = new long[nodes];
        for (int v = 0; v < nodes; v++) {
            char[] kk = records.value(kkField, nodeRecord[v]);
            byKk[v] = (BlockingKeys.hash(kk, 0, kk.length, false) & ~0x3ffffffL) | v;
        }
        Arrays.parallelSort(byKk);
        for (int i = 1; i < nodes; i++) {
            int a = (int) (byKk[i - 1] & 0x3ffffff);
            int b = (int) (byKk[i] & 0x3ffffff);
            if ((byKk[i - 1] & ~0x3ffffffL) == (byKk[i] & ~0x3ffffffL)
                    && Arrays.equals(records.value(kkField, nodeRecord[a]), records.value(kkField, nodeRecord[b]))) {
                sets.union(a, b);
            }
        }
    }

    /**
     * One edge {@code (a << 33) | (b << 1) | sameRelation} (source families a < b of different
     * sources) per person cluster that has records in both, sorted: the run length of an edge (a, b)
     * is the number of people they share. {@code sameRelation} is 1 when that person has the same,
     * known relationship to the head in both (always 0 without a relationship field).
     */
    static long[] sharedPeople(RecordSet records, int[] node, int[] person, int[] nodeSource, int relationField) {
        int n = node.length;
        long[] byPerson = new long[n];
        int m = 0;
        for (int r = 0; r < n; r++) {
            if (node[r] >= 0) {
                byPerson[m++] = ((long) person[r] << 32) | r;
            }
        }
        byPerson = Arrays.copyOf(byPerson, m);
        Arrays.parallelSort(byPerson);
        CandidatePairs.LongBuffer out = new CandidatePairs.LongBuffer(m);
        for (int s = 0; s < m;) {
            int e = s;
            while (e < m && (byPerson[e] >>> 32) == (byPerson[s] >>> 32)) {
                e++;
            }
            for (int i = s; i < e; i++) {
                int ri = (int) byPerson[i];
                int a = node[ri];
                if (seenBefore(byPerson, node, s, i, a)) {
                    continue; // the same source family twice (a duplicate row)
                }
                for (int j = i + 1; j < e; j++) {
                    int rj = (int) byPerson[j];
                    int b = node[rj];
                    if (b != a && nodeSource[a] != nodeSource[b] && !seenBefore(byPerson, node, s, j, b)) {
                        long flag = relationField >= 0 && sameRelation(records, relationField, ri, rj) ? 1 : 0;
                        out.add(((long) Math.min(a, b) << 33) | ((long) Math.max(a, b) << 1) | flag);
                    }
                }
            }
            s = e;
        }
        long[] edges = out.toArray();
        Arrays.parallelSort(edges);
        return edges;
    }

    private static boolean seenBefore(long[] byPerson, int[] node, int from, int at, int v) {
        for (int k = from; k < at; k++) {
            if (node[(int) byPerson[k]] == v) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameRelation(RecordSet records, int relationField, int a, int b) {
        char[] x = records.value(relationField, a);
        char[] y = records.value(relationField, b);
        return x != null && y != null && Arrays.equals(x, y);
    }

    /** Union-find over source families that refuses a union bringing two families of one source together. */
    static final class Guarded {
        private final int[] parent;
        private final long[] sources;
        private final int words;
        int refused;

        Guarded(int[] nodeSource, int sourceCount) {
            int n = nodeSource.length;
            parent = new int[n];
            words = Math.max(1, (sourceCount + 63) / 64);
            sources = new long[n * words];
            for (int v = 0; v < n; v++) {
                parent[v] = v;
                sources[v * words + nodeSource[v] / 64] = 1L << (nodeSource[v] % 64);
            }
        }

        int find(int v) {
            while (parent[v] != v) {
                parent[v] = parent[parent[v]];
                v = parent[v];
            }
            return v;
        }

        /** Joins the sets of a and b unless they hold families of a common source; whether they are one set now. */
        boolean union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra == rb) {
                return true;
            }
            for (int w = 0; w < words; w++) {
                if ((sources[ra * words + w] & sources[rb * words + w]) != 0) {
                    refused++;
                    return false;
                }
            }
            parent[rb] = ra;
            for (int w = 0; w < words; w++) {
                sources[ra * words + w] |= sources[rb * words + w];
            }
            return true;
        }
    }
}
