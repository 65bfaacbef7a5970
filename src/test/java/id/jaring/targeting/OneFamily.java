package id.jaring.targeting;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Inserts one small family in SQL for service and web tests: a head and members with given birth dates. */
public final class OneFamily {

    public static final String LEBAK_DESA = "36.02.01.2002";
    public static final String SERANG_DESA = "36.73.01.1001";

    public record Family(long id, String noKk, long firstMember) {
    }

    private OneFamily() {
    }

    /**
     * @param desil null for a family without a rank
     * @param births the members' birth dates, the first is the head (L), the others are ANAK (P);
     *        a member born with {@code hamil} true is the second one
     */
    public static Family insert(JdbcClient jdbc, String desa, Integer desil, boolean secondPregnant, LocalDate... births) {
        String noKk = "98" + String.format("%014d", ThreadLocalRandom.current().nextLong(100_000_000_000_000L));
        long id = jdbc.sql("""
                insert into household (no_kk, kabkota_code, desa_code, alamat, jenis_lantai, created_at, updated_at)
                values (:noKk, left(:desa, 5), :desa, 'KP. ATURAN', 'TANAH', now(), now()) returning id
                """).param("noKk", noKk).param("desa", desa).query(Long.class).single();
        long first = 0;
        for (int k = 0; k < births.length; k++) {
            long person = jdbc.sql("""
                    insert into person (nama, jenis_kelamin, tanggal_lahir, hamil, kabkota_code, desa_code, created_at, updated_at)
                    values (:nama, :sex, :born, :hamil, left(:desa, 5), :desa, now(), now()) returning id
                    """).param("nama", "ANGGOTA " + (k + 1)).param("sex", k == 0 ? "L" : "P").param("born", births[k])
                    .param("hamil", k == 1 && secondPregnant).param("desa", desa).query(Long.class).single();
            jdbc.sql("""
                    insert into household_member (household_id, person_id, hubungan_keluarga, valid_from, kabkota_code)
                    values (:h, :p, :rel, date '2020-01-01', left(:desa, 5))
                    """).param("h", id).param("p", person).param("rel", k == 0 ? "KEPALA KELUARGA" : "ANAK")
                    .param("desa", desa).update();
            if (k == 0) {
                first = person;
            }
        }
        if (desil != null) {
            jdbc.sql("""
                    insert into household_rank (household_id, kabkota_code, score, desil, weights_version, computed_at)
                    values (:h, left(:desa, 5), 12.5, :desil, 1, now())
                    """).param("h", id).param("desa", desa).param("desil", desil).update();
        }
        return new Family(id, noKk, first);
    }
}
