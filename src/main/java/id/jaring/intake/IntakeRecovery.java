package id.jaring.intake;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.jaring.access.SystemActor;

/**
 * After a stop in the middle of the work (kill, crash): staging and validation start again from
 * the file; an interrupted commit had rolled back with its transaction, so its batch is simply
 * VALIDATED again and can be committed. Off in tests ({@code jaring.intake.resume-on-start}),
 * where several application contexts share one database.
 */
@Component
@ConditionalOnProperty(name = "jaring.intake.resume-on-start", havingValue = "true", matchIfMissing = true)
class IntakeRecovery {

    private final IntakeBatches intake;

    IntakeRecovery(IntakeBatches intake) {
        this.intake = intake;
    }

    @EventListener(ApplicationReadyEvent.class)
    void resume() {
        SystemActor.run(intake::resumeInterrupted);
    }
}
