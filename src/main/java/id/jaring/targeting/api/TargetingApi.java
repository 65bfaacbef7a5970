package id.jaring.targeting.api;

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

import id.jaring.access.CurrentUser;
import id.jaring.platform.NotFoundException;
import id.jaring.targeting.HouseholdRank;
import id.jaring.targeting.RankingRun;
import id.jaring.targeting.WelfareRanking;
import id.jaring.targeting.internal.DesilDistribution;
import id.jaring.targeting.internal.NewWeightSet;
import id.jaring.targeting.internal.RankReads;
import id.jaring.targeting.internal.RankingRuns;
import id.jaring.targeting.internal.TargetingGuard;
import id.jaring.targeting.internal.WeightSet;
import id.jaring.targeting.internal.WeightSets;

/**
 * The welfare ranking over REST: a family's rank (scoped: outside the caller's region 404, like a
 * missing family), the weight sets (read: any role; create and activate: DATA_STEWARD, ADMIN),
 * the runs, a new run (queued, 202) and the desil distribution in the caller's scope.
 */
@RestController
class TargetingApi {

    private static final int RUNS_MAX = 100;

    private final RankReads ranks;
    private final WeightSets weightSets;
    private final RankingRuns runs;
    private final WelfareRanking ranking;
    private final DesilDistribution distribution;
    private final TargetingGuard guard;

    TargetingApi(RankReads ranks, WeightSets weightSets, RankingRuns runs, WelfareRanking ranking,
            DesilDistribution distribution, TargetingGuard guard) {
        this.ranks = ranks;
        this.weightSets = weightSets;
        this.runs = runs;
        this.ranking = ranking;
        this.distribution = distribution;
        this.guard = guard;
    }

    @GetMapping("/api/v1/households/{id}/rank")
    HouseholdRank rank(@PathVariable long id) {
        CurrentUser user = guard.current();
        if (!user.role().canReadPersons()) {
            throw new org.springframework.security.access.AccessDeniedException("role may not read family data");
        }
        return ranks.of(id, user.scope()).orElseThrow(() -> new NotFoundException("household rank"));
    }

    @GetMapping("/api/v1/targeting/weight-sets")
    List<WeightSet> weightSets() {
        return weightSets.list();
    }

    @GetMapping("/api/v1/targeting/weight-sets/{version}")
    WeightSet weightSet(@PathVariable int version) {
        return weightSets.find(version).orElseThrow(() -> new NotFoundException("weight set"));
    }

    @PostMapping("/api/v1/targeting/weight-sets")
    ResponseEntity<WeightSet> create(@RequestBody NewWeightSet request) {
        WeightSet created = weightSets.create(request);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{v}")
                .buildAndExpand(created.version()).toUri()).body(created);
    }

    @PostMapping("/api/v1/targeting/weight-sets/{version}/activate")
    WeightSet activate(@PathVariable int version) {
        return weightSets.activate(version);
    }

    @GetMapping("/api/v1/targeting/ranking-runs")
    List<RankingRun> runs(@RequestParam(defaultValue = "20") int limit) {
        return runs.recent(Math.max(1, Math.min(limit, RUNS_MAX)));
    }

    @GetMapping("/api/v1/targeting/ranking-runs/{id}")
    RankingRun run(@PathVariable long id) {
        return runs.find(id).orElseThrow(() -> new NotFoundException("ranking run"));
    }

    /** Queues a run (202); the run shows up in the list as RUNNING, then FINISHED. */
    @PostMapping("/api/v1/targeting/ranking-runs")
    ResponseEntity<Map<String, Object>> start() {
        boolean queued = ranking.requestRecompute();
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("queued", queued));
    }

    @GetMapping("/api/v1/targeting/desil-distribution")
    List<Map<String, Object>> distribution() {
        return distribution.within(guard.current().scope()).stream().map(DesilDistribution::json).toList();
    }
}
