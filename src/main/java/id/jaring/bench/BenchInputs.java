package id.jaring.bench;

import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Picks the questions the benchmark asks, straight from the loaded tables: existing NIKs and
 * No. KKs, names (and their kab/kota) of random people, the most frequent names, and regions with
 * a keyset cursor 90 % of the way into their family list. "Random" is an md5 order salted with
 * the seed, so the same seed on the same data asks the same questions. Only this class reads the
 * registry's tables directly, and only to choose inputs; every measured call goes through the
 * registry's services.
 */
final class BenchInputs {

    /** A region (kab/kota, kecamatan or desa code) and the id after which its deep page starts. */
    record RegionPage(String code, long deepAfter) {
    }

    /** A person's name and the kab/kota they live in. */
    record NamedPerson(String nama, String kabKota) {
    }

    private final JdbcClient jdbc;
    private final String salt;

    BenchInputs(JdbcClient jdbc, long seed) {
        this.jdbc = jdbc;
        this.salt = Long.toString(seed);
    }

    List<String> niks(int n) {
        return jdbc.sql("select nik from person where nik is not null order by md5(:salt || id) limit :n")
                .param("salt", salt).param("n", n).query(String.class).list();
    }

    List<String> noKks(int n) {
        return jdbc.sql("select no_kk from household order by md5(:salt || id) limit :n")
                .param("salt", salt).param("n", n).query(String.class).list();
    }

    List<NamedPerson> people(int n) {
        return jdbc.sql("""
                select nama, kabkota_code from person where kabkota_code is not null
                order by md5(:salt || 'name' || id) limit :n
                """).param("salt", salt).param("n", n)
                .query((rs, i) -> new NamedPerson(rs.getString(1), rs.getString(2))).list();
    }

    /** The n most frequent full names, most frequent first. */
    List<String> commonNames(int n) {
        return jdbc.sql("select nama from person group by nama order by count(*) desc, nama limit :n")
                .param("n", n).query(String.class).list();
    }

    /**
     * Regions of one level that have families, in seeded random order.
     *
     * @param codeLength 5 for kab/kota (36.03), 8 for kecamatan (36.03.01), 13 for desa
     */
    List<RegionPage> regions(int codeLength, int n) {
        return jdbc.sql("""
                select code, deep from (
                    select left(desa_code, :len) code, percentile_disc(0.9) within group (order by id) deep
                    from household group by 1) r
                order by md5(:salt || code) limit :n
                """).param("len", codeLength).param("salt", salt).param("n", n)
                .query((rs, i) -> new RegionPage(rs.getString("code"), rs.getLong("deep"))).list();
    }

    /** The name with one letter replaced by another letter: a typing error. */
    static String misspelt(String name, Random random) {
        int[] letters = java.util.stream.IntStream.range(0, name.length())
                .filter(i -> Character.isLetter(name.charAt(i))).toArray();
        if (letters.length == 0) {
            return name;
        }
        int at = letters[random.nextInt(letters.length)];
        char original = Character.toUpperCase(name.charAt(at));
        char replacement = (char) ('A' + random.nextInt(25));
        if (replacement >= original) {
            replacement++;
        }
        return name.substring(0, at) + replacement + name.substring(at + 1);
    }
}
