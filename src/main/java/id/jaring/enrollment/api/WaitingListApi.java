package id.jaring.enrollment.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.jaring.enrollment.WaitingList;
import id.jaring.enrollment.WaitingListPage;

/** A programme's waiting list in one kab/kota; propose from it with POST /api/v1/enrolments. */
@RestController
class WaitingListApi {

    private final WaitingList waitingList;

    WaitingListApi(WaitingList waitingList) {
        this.waitingList = waitingList;
    }

    @GetMapping("/api/v1/programmes/{code}/waiting-list")
    WaitingListPage page(@PathVariable String code, @RequestParam String kabKota,
            @RequestParam(required = false) Long after, @RequestParam(defaultValue = "50") int size) {
        return waitingList.page(code, kabKota, after, size);
    }
}
