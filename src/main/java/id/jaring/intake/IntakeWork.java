package id.jaring.intake;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import id.jaring.access.SystemActor;

/**
 * Runs a batch's heavy work (staging, validation, commit) in the background on a small bounded
 * executor ({@code jaring.intake.threads}, default 2), as the user who asked for it. One piece
 * of work per batch at a time; {@link #await} lets the command and tests wait for it without
 * polling.
 */
@Component
class IntakeWork {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(IntakeWork.class);

    private final TaskExecutor executor;
    private final Map<Long, CompletableFuture<Void>> running = new ConcurrentHashMap<>();

    IntakeWork(@Qualifier("intakeExecutor") TaskExecutor executor) {
        this.executor = executor;
    }

    /** @return false when work on this batch is already queued or running */
    boolean submit(long batchId, Runnable work) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        CompletableFuture<Void> future = new CompletableFuture<>();
        if (running.putIfAbsent(batchId, future) != null) {
            return false;
        }
        try {
            executor.execute(() -> {
                try {
                    SystemActor.callAs(caller, () -> {
                        work.run();
                        return null;
                    });
                } catch (RuntimeException e) {
                    log.warn("background work on import batch {} failed: {}", batchId, e.getClass().getSimpleName());
                } finally {
                    running.remove(batchId, future);
                    future.complete(null);
                }
            });
        } catch (RuntimeException e) {
            running.remove(batchId, future);
            throw e;
        }
        return true;
    }

    boolean busy(long batchId) {
        return running.containsKey(batchId);
    }

    /** Waits until no work on the batch is queued or running. */
    void await(long batchId) {
        CompletableFuture<Void> future = running.get(batchId);
        if (future != null) {
            future.join();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Executor {

        @Bean
        ThreadPoolTaskExecutor intakeExecutor(@Value("${jaring.intake.threads:2}") int threads) {
            ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
            executor.setCorePoolSize(threads);
            executor.setMaxPoolSize(threads);
            executor.setQueueCapacity(1000);
            executor.setThreadNamePrefix("intake-");
            executor.setWaitForTasksToCompleteOnShutdown(false);
            return executor;
        }
    }
}
