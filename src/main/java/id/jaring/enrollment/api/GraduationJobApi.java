package id.jaring.enrollment.api;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.jaring.enrollment.GraduationJob;
import id.jaring.enrollment.GraduationRun;
import id.jaring.platform.NotFoundException;

/**
 * The daily graduation job over REST: its runs (counts only, every role) and a run on demand
 * (DATA_STEWARD, ADMIN: queued, 202; it shows up in the list as RUNNING, then FINISHED).
 */
@RestController
class GraduationJobApi {

    private final GraduationJob job;

    GraduationJobApi(GraduationJob job) {
        this.job = job;
    }

    @GetMapping("/api/v1/graduation/job-runs")
    List<GraduationRun> runs(@RequestParam(defaultValue = "20") int limit) {
        return job.recentRuns(limit);
    }

    @GetMapping("/api/v1/graduation/job-runs/{id}")
    GraduationRun run(@PathVariable long id) {
        return job.find(id).orElseThrow(() -> new NotFoundException("graduation run"));
    }

    @PostMapping("/api/v1/graduation/job-runs")
    ResponseEntity<Map<String, Object>> start() {
        boolean queued = job.requestRun(GraduationRun.Trigger.API);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("queued", queued));
    }
}
