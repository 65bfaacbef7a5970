package id.jaring.enrollment.api;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import id.jaring.enrollment.GraduationReadiness;
import id.jaring.enrollment.ReadinessRun;
import id.jaring.enrollment.readiness.FamilyReadiness;
import id.jaring.enrollment.readiness.FamilyReadinessView;
import id.jaring.enrollment.readiness.KpmReadiness;
import id.jaring.enrollment.readiness.NewReadinessSet;
import id.jaring.enrollment.readiness.ReadinessCount;
import id.jaring.enrollment.readiness.ReadinessLabel;
import id.jaring.enrollment.readiness.ReadinessReads;
import id.jaring.enrollment.readiness.ReadinessSet;
import id.jaring.enrollment.readiness.ReadinessSets;
import id.jaring.enrollment.readiness.ReadinessVersioning;
import id.jaring.platform.NotFoundException;
import id.jaring.registry.KeysetPage;

/**
 * Graduation readiness over REST: a programme's KPM in one kab/kota with their readiness (scoped),
 * the counts, one family's explained readiness, the versions (create and activate: DATA_STEWARD,
 * ADMIN) and the computations (a new one is queued: 202). The services check roles and scope.
 */
@RestController
class ReadinessApi {

    private final ReadinessReads reads;
    private final FamilyReadiness families;
    private final ReadinessSets sets;
    private final ReadinessVersioning versioning;
    private final GraduationReadiness readiness;

    ReadinessApi(ReadinessReads reads, FamilyReadiness families, ReadinessSets sets, ReadinessVersioning versioning,
            GraduationReadiness readiness) {
        this.reads = reads;
        this.families = families;
        this.sets = sets;
        this.versioning = versioning;
        this.readiness = readiness;
    }

    @GetMapping("/api/v1/graduation/readiness")
    KeysetPage<KpmReadiness> list(@RequestParam String programme, @RequestParam String kabKota,
            @RequestParam(required = false) ReadinessLabel label, @RequestParam(required = false) Long after,
            @RequestParam(defaultValue = "50") int size) {
        return reads.page(programme, kabKota, label, after, size);
    }

    @GetMapping("/api/v1/graduation/readiness/counts")
    List<ReadinessCount> counts() {
        return reads.counts();
    }

    @GetMapping("/api/v1/households/{id}/readiness")
    FamilyReadinessView family(@PathVariable long id) {
        return families.of(id);
    }

    @GetMapping("/api/v1/graduation/readiness-sets")
    List<ReadinessSet> sets() {
        return sets.list();
    }

    @GetMapping("/api/v1/graduation/readiness-sets/{version}")
    ReadinessSet set(@PathVariable int version) {
        return sets.find(version).orElseThrow(() -> new NotFoundException("readiness set"));
    }

    @PostMapping("/api/v1/graduation/readiness-sets")
    ResponseEntity<ReadinessSet> create(@RequestBody NewReadinessSet request) {
        ReadinessSet created = versioning.create(request);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{v}")
                .buildAndExpand(created.version()).toUri()).body(created);
    }

    @PostMapping("/api/v1/graduation/readiness-sets/{version}/activate")
    ReadinessSet activate(@PathVariable int version) {
        return versioning.activate(version);
    }

    @GetMapping("/api/v1/graduation/readiness-runs")
    List<ReadinessRun> runs(@RequestParam(defaultValue = "20") int limit) {
        return readiness.recentRuns(limit);
    }

    @GetMapping("/api/v1/graduation/readiness-runs/{id}")
    ReadinessRun run(@PathVariable long id) {
        return readiness.run(id).orElseThrow(() -> new NotFoundException("readiness run"));
    }

    /** Queues a computation (202); it shows up in the list as RUNNING, then FINISHED. */
    @PostMapping("/api/v1/graduation/readiness-runs")
    ResponseEntity<Map<String, Object>> start() {
        boolean queued = readiness.requestRecompute(ReadinessRun.Trigger.API);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("queued", queued));
    }
}
