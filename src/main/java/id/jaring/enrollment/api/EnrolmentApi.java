package id.jaring.enrollment.api;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.jaring.enrollment.Enrolment;
import id.jaring.enrollment.EnrolmentPage;
import id.jaring.enrollment.EnrolmentProposals;
import id.jaring.enrollment.EnrolmentStatus;
import id.jaring.enrollment.Enrolments;
import id.jaring.enrollment.Propose;

/** Maker-checker enrolment. The services check roles, scope and every rule; this only translates. */
@RestController
@RequestMapping("/api/v1/enrolments")
class EnrolmentApi {

    record Reason(String reason) {
    }

    private final EnrolmentProposals proposals;
    private final Enrolments enrolments;

    EnrolmentApi(EnrolmentProposals proposals, Enrolments enrolments) {
        this.proposals = proposals;
        this.enrolments = enrolments;
    }

    /** Body: {@code {programmeCode, householdId | noKk, note?}}. */
    @PostMapping
    ResponseEntity<Enrolment> propose(@RequestBody Propose command) {
        Enrolment e = proposals.propose(command);
        return ResponseEntity.created(URI.create("/api/v1/enrolments/" + e.id())).body(e);
    }

    @PostMapping("/{id}/approve")
    Enrolment approve(@PathVariable long id) {
        return proposals.approve(id);
    }

    @PostMapping("/{id}/reject")
    Enrolment reject(@PathVariable long id, @RequestBody Reason body) {
        return proposals.reject(id, body.reason());
    }

    @GetMapping("/{id}")
    Enrolment get(@PathVariable long id) {
        return enrolments.get(id);
    }

    /** A family's open enrolments (AKTIF) and proposals (DIUSULKAN). */
    @GetMapping(params = "household")
    List<Enrolment> ofHousehold(@RequestParam long household) {
        return enrolments.openOf(household);
    }

    /** A programme's proposals (status=DIUSULKAN) or KPM (status=AKTIF, the default) in one kab/kota, keyset by id. */
    @GetMapping(params = {"programme", "kabKota"})
    EnrolmentPage list(@RequestParam String programme, @RequestParam String kabKota,
            @RequestParam(defaultValue = "AKTIF") EnrolmentStatus status, @RequestParam(required = false) Long after,
            @RequestParam(defaultValue = "50") int size) {
        return enrolments.page(programme, kabKota, status, after, size);
    }
}
