package id.jaring.intake;

import static id.jaring.intake.IntakeFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import id.jaring.targeting.TargetingTestSupport;

/** A real commit publishes BatchCommitted, and targeting ranks the new family after the commit. */
@SpringBootTest
@RecordApplicationEvents
class CommitRanksFamiliesTests {

    @Autowired IntakeBatches intake;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;
    @Autowired TargetingTestSupport targeting;

    @Test
    void aCommittedBatchIsAnnouncedAndItsFamiliesAreRanked() {
        LocalDate born = randomBirth();
        String kk = noKk();
        String file = new FileBuilder()
                .person("1", nik(born, false), kk, "ARIF", "L", born.toString(), "KEPALA KELUARGA", LEBAK_DESA).text();
        String agency = agency();
        BatchView uploaded = steward(() -> intake.upload(bytes(file), "f.csv", agency, "JAMSOSRATU")).batch();
        assertThat(steward(() -> intake.awaitIdle(uploaded.id())).status()).isEqualTo(BatchStatus.VALIDATED);

        steward(() -> intake.commitNow(uploaded.id()));
        targeting.awaitQueuedRuns();

        assertThat(events.stream(BatchCommitted.class)).singleElement().satisfies(e -> {
            assertThat(e.batchId()).isEqualTo(uploaded.id());
            assertThat(e.agencyCode()).isEqualTo(agency);
            assertThat(e.newPersons()).isEqualTo(1);
            assertThat(e.newHouseholds()).isEqualTo(1);
        });
        assertThat(jdbc.sql("""
                select count(*) from household_rank r join household h on h.id = r.household_id
                where h.no_kk = :kk and h.status = 'AKTIF'
                """).param("kk", kk).query(Long.class).single()).isEqualTo(1);
    }
}
