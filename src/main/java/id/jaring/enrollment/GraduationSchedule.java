package id.jaring.enrollment;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import id.jaring.access.SystemActor;

/**
 * Runs the graduation job every day ({@code jaring.enrollment.graduation-cron}, default 01:15
 * Asia/Jakarta, before the nightly readiness computation; {@code -} for never) as the system user.
 * On two nodes both fire: the second waits for the first's lock and writes nothing new.
 */
@Component
class GraduationSchedule {

    private final GraduationJob job;

    GraduationSchedule(GraduationJob job) {
        this.job = job;
    }

    @Scheduled(cron = "${jaring.enrollment.graduation-cron:0 15 1 * * *}", zone = "Asia/Jakarta")
    void daily() {
        SystemActor.run(() -> job.run(GraduationRun.Trigger.SCHEDULE, "daily"));
    }
}
