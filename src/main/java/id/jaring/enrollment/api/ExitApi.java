package id.jaring.enrollment.api;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.jaring.enrollment.EnrolmentExit;
import id.jaring.enrollment.EnrolmentExits;
import id.jaring.enrollment.ExitPage;
import id.jaring.enrollment.Exits;
import id.jaring.enrollment.ProposeExit;
import id.jaring.enrollment.SlotLedger;
import id.jaring.enrollment.SlotLedgerPage;
import jakarta.servlet.http.HttpServletResponse;

/** Graduations and exits, and the slot ledger. The services check roles, scope and every rule; this only translates. */
@RestController
@RequestMapping("/api/v1")
class ExitApi {

    record Note(String note) {
    }

    record Reason(String reason) {
    }

    private final EnrolmentExits exits;
    private final Exits reads;
    private final SlotLedger ledger;

    ExitApi(EnrolmentExits exits, Exits reads, SlotLedger ledger) {
        this.exits = exits;
        this.reads = reads;
        this.ledger = ledger;
    }

    /** Body: {@code {kind, reason, declaration?}}; kinds MANDIRI, MENINGGAL, PINDAH_KELUAR, DUPLIKAT, TIDAK_LAYAK, TIDAK_PATUH, MENGUNDURKAN_DIRI. */
    @PostMapping("/enrolments/{id}/exits")
    ResponseEntity<EnrolmentExit> propose(@PathVariable long id, @RequestBody ProposeExit body) {
        EnrolmentExit x = exits.propose(id, body);
        return ResponseEntity.created(URI.create("/api/v1/exits/" + x.id())).body(x);
    }

    @GetMapping("/enrolments/{id}/exits")
    List<EnrolmentExit> ofEnrolment(@PathVariable long id) {
        return reads.ofEnrolment(id);
    }

    @GetMapping("/exits/{id}")
    EnrolmentExit get(@PathVariable long id) {
        return reads.get(id);
    }

    /** Verivali of a MANDIRI graduation; body optional: {@code {note}}. */
    @PostMapping("/exits/{id}/verify")
    EnrolmentExit verify(@PathVariable long id, @RequestBody(required = false) Note body) {
        return exits.verify(id, body == null ? null : body.note());
    }

    @PostMapping("/exits/{id}/approve")
    EnrolmentExit approve(@PathVariable long id) {
        return exits.approve(id);
    }

    @PostMapping("/exits/{id}/reject")
    EnrolmentExit reject(@PathVariable long id, @RequestBody Reason body) {
        return exits.reject(id, body.reason());
    }

    /** A programme's open exits (proposed or verified) in one kab/kota, keyset by id. */
    @GetMapping(value = "/exits", params = {"programme", "kabKota"})
    ExitPage open(@RequestParam String programme, @RequestParam String kabKota,
            @RequestParam(required = false) Long after, @RequestParam(defaultValue = "50") int size) {
        return reads.open(programme, kabKota, after, size);
    }

    /** The slot ledger: slots {@code after + 1} to {@code after + size} (at most 200) with who held them. */
    @GetMapping("/programmes/{code}/slots")
    SlotLedgerPage slots(@PathVariable String code, @RequestParam String kabKota,
            @RequestParam(required = false) Integer after, @RequestParam(defaultValue = "100") int size) {
        return ledger.page(code, kabKota, after, size);
    }

    @GetMapping("/programmes/{code}/slots.csv")
    void slotsCsv(@PathVariable String code, @RequestParam String kabKota, HttpServletResponse response)
            throws IOException {
        ledger.page(code, kabKota, null, 1);   // 404 before the headers say CSV
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"slots-" + code + "-" + kabKota + ".csv\"");
        ledger.exportCsv(code, kabKota, response.getOutputStream());
    }
}
