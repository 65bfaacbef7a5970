package id.jaring.linkage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What to link and how, read from a JSON file: the fields (which columns, which standardiser), the
 * comparisons with their graded levels, the blocking keys, the probability bands and the cluster
 * guards. The parameters of the Fellegi-Sunter model (m, u, prior) are not in it: the engine fits
 * them on each run without labels.
 *
 * @param name        a label for reports
 * @param idColumn    the column with each record's own key; when absent, the row number is used
 * @param fields      the standardised fields
 * @param comparisons the comparisons, each of one field, with graded levels
 * @param blocking    blocking keys: each a list of field keys ("field" or "field:transform", see the engine's BlockingKeys)
 *                    whose values must all be present and equal; candidate pairs are the union over the keys
 * @param blockingOptions block size cap and the sorted window used for larger blocks
 * @param thresholds  posterior match probability bands
 * @param clustering  cluster guards
 * @param estimation  how EM starts
 * @param households  household linkage options (households are linked when the model has a HOUSEHOLD comparison)
 */
public record LinkageModel(String name, String idColumn, List<Field> fields, List<Comparison> comparisons,
        List<List<String>> blocking, BlockingOptions blockingOptions, Thresholds thresholds, Clustering clustering,
        Estimation estimation, Households households) {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public LinkageModel {
        fields = List.copyOf(fields);
        comparisons = List.copyOf(comparisons);
        blocking = blocking.stream().map(List::copyOf).toList();
        if (comparisons.size() > 16) {
            throw new IllegalArgumentException("at most 16 comparisons");
        }
        List<Field> declared = fields;
        for (Comparison c : comparisons) {
            for (String field : concat(c.field(), c.otherFields())) {
                if (declared.stream().noneMatch(f -> f.name().equals(field))) {
                    throw new IllegalArgumentException("comparison " + c.name() + " names unknown field " + field);
                }
            }
            if (c.uGiven() != null && comparisons.stream().noneMatch(o -> o.name().equals(c.uGiven()))) {
                throw new IllegalArgumentException("comparison " + c.name() + " names unknown uGiven " + c.uGiven());
            }
            if (c.kind() == ComparisonKind.HOUSEHOLD && c.otherFields().size() != 2) {
                throw new IllegalArgumentException("comparison " + c.name() + " needs otherFields [region, address]");
            }
        }
        if (blockingOptions == null) {
            blockingOptions = new BlockingOptions(1000, 10, null);
        }
        if (thresholds == null) {
            thresholds = new Thresholds(0.9, 0.1, 2_000_000, 1L);
        }
        if (clustering == null) {
            clustering = new Clustering(50, null, null);
        }
        if (estimation == null) {
            estimation = new Estimation(List.of(), List.of(), 500, true);
        }
        if (households == null) {
            households = new Households(null);
        }
        String relation = households.relationField();
        if (relation != null && fields.stream().noneMatch(f -> f.name().equals(relation))) {
            throw new IllegalArgumentException("households names unknown relationField " + relation);
        }
    }

    /** How a field's value is standardised. */
    public enum FieldType {
        /** An Indonesian person name: titles, degrees, Muhammad variants, old spelling, BIN/BINTI. */
        PERSON_NAME,
        /** Any text: upper case, letters and digits, single spaces. */
        TEXT,
        /** A street address with prefixes written one way (KP, JL, PERUM, ...). */
        ADDRESS,
        /** A place name without KAB./KOTA. */
        PLACE,
        /** A date in any of the accepted formats, as YYYYMMDD. */
        DATE,
        /** A 16-digit NIK. */
        NIK,
        /** The digits of a value (No. KK, postcode, region codes, ids). */
        DIGITS,
        /** Sex as L or P. */
        SEX
    }

    /** How two values of a field are compared. */
    public enum ComparisonKind {
        /** Equal or not. */
        EXACT,
        /** Exact, then Jaro-Winkler bands ({@code thresholds}), then disagreement. */
        STRING,
        /** Exact ignoring spaces, then bands of a word-aware Jaro-Winkler ({@code thresholds}), then disagreement. */
        NAME,
        /** Exact, then edit distance bounds ({@code bounds}), then disagreement. */
        LEVENSHTEIN,
        /** Exact, day and month swapped, one component different, same year, else. */
        DATE,
        /** Exact, two neighbours transposed, one digit different, one slip in the region digits, same birth-date part, else. */
        NIK,
        /** Exact, one slip (one digit, transposition, one missing or extra), else. */
        DIGITS,
        /** Common prefix at least {@code bounds[0]} characters, then {@code bounds[1]}, ...; else (region codes). */
        PREFIX,
        /**
         * Where a person lives, as one comparison so that the household fields, which agree together,
         * are not counted as independent evidence: {@code field} is the No. KK, {@code otherFields} the
         * region code and the address. Same KK; same desa and similar address; same desa; same
         * kecamatan (first 6 digits); else.
         */
        HOUSEHOLD
    }

    /** A field: the columns it reads (joined with a space when several) and its standardiser. */
    public record Field(String name, List<String> columns, FieldType type) {
        public Field {
            columns = List.copyOf(columns);
        }
    }

    /**
     * A comparison of one field.
     *
     * @param termFrequency whether an exact agreement is weighed by how rare the value is (common names count less)
     * @param uGiven        another comparison whose exact agreement this one's evidence largely repeats (the NIK
     *                      holds the birth date): u is then sampled among record pairs that agree exactly on that
     *                      one, so that the evidence is not counted twice (null: u from all record pairs)
     */
    public record Comparison(String name, String field, ComparisonKind kind, double[] thresholds, int[] bounds,
            boolean termFrequency, List<String> otherFields, String uGiven) {

        public Comparison {
            otherFields = otherFields == null ? List.of() : List.copyOf(otherFields);
        }

        /** Number of levels including the null level 0. */
        public int levelCount() {
            return switch (kind) {
                case EXACT -> 3;
                case STRING, NAME -> 3 + thresholds.length;
                case LEVENSHTEIN -> 3 + bounds.length;
                case DATE -> 6;
                case NIK -> 7;
                case DIGITS -> 4;
                case PREFIX -> 2 + bounds.length;
                case HOUSEHOLD -> 6;
            };
        }
    }

    /**
     * @param maxBlockSize blocks larger than this are not paired all against all; their records are sorted
     *                     by {@code sortField} and paired within a sliding window
     * @param window       the window size for large blocks
     * @param sortField    the field large blocks are sorted by (null: the first comparison's field)
     */
    public record BlockingOptions(int maxBlockSize, int window, String sortField) {
    }

    /**
     * @param sureMatch      posterior probability from which a pair is linked automatically
     * @param sureNonMatch   posterior probability below which a pair is dropped; the band between goes to review
     * @param uSamples       random record pairs drawn to estimate the u probabilities
     * @param seed           random seed of that sample (runs are reproducible)
     */
    public record Thresholds(double sureMatch, double sureNonMatch, int uSamples, long seed) {
    }

    /**
     * @param maxClusterSize no cluster grows beyond this; the weakest links give way
     * @param nikField       the NIK field whose valid, clearly different values never share a cluster (null: no guard)
     * @param nameField      with nikField: two valid NIKs differing only in the serial (twins are registered
     *                       together) share a cluster only when the names agree (null: no such check)
     */
    public record Clustering(int maxClusterSize, String nikField, String nameField) {
    }

    /**
     * How EM starts. Without a good start EM may settle on "same household" instead of "same person",
     * since several household fields agree together. When {@code identifiers} are given, the start
     * values of m come from the candidate pairs that agree exactly on one of them (for the other
     * comparisons) and from pairs that agree exactly on all of {@code identifierCheck} (for the
     * identifiers themselves); EM then refines them. No labels are involved.
     *
     * @param identifiers     comparisons whose exact agreement nearly proves a match (NIK)
     * @param identifierCheck comparisons whose joint exact agreement is used to start the identifiers' m
     * @param maxIterations   EM iteration cap
     * @param refineM         whether EM also re-estimates m after the identifier start (false: EM estimates the
     *                        match share and the within-candidates u only, m stays as the identifiers showed it)
     */
    public record Estimation(List<String> identifiers, List<String> identifierCheck, int maxIterations, Boolean refineM) {
        public Estimation {
            identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
            identifierCheck = identifierCheck == null ? List.of() : List.copyOf(identifierCheck);
            refineM = refineM == null || refineM;
        }
    }

    /**
     * @param relationField the field with each person's relationship to the head of the family (hubungan
     *                      keluarga): one shared person with the same relationship in two lists is evidence
     *                      that two KKs are one family that moved (null: not used)
     */
    public record Households(String relationField) {
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new java.util.ArrayList<>();
        all.add(first);
        if (rest != null) {
            all.addAll(rest);
        }
        return all;
    }

    public int comparisonIndex(String comparisonName) {
        for (int i = 0; i < comparisons.size(); i++) {
            if (comparisons.get(i).name().equals(comparisonName)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown comparison " + comparisonName);
    }

    public int fieldIndex(String fieldName) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(fieldName)) {
                return i;
            }
        }
        return -1;
    }

    public static LinkageModel read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return JSON.readValue(in, LinkageModel.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A model shipped with Jaring: "person" (the canonical person format) or "febrl". */
    public static LinkageModel builtIn(String name) {
        String resource = "/linkage/" + name + "-model.json";
        try (InputStream in = LinkageModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no built-in model '" + name + "'");
            }
            return JSON.readValue(in, LinkageModel.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String toJson() {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this);
    }
}
