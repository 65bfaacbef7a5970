package id.jaring.linkage.api;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.jaring.linkage.ReviewItem;
import id.jaring.linkage.ReviewQueue;
import id.jaring.linkage.ReviewStatus;
import id.jaring.linkage.ReviewSummary;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The review queue of record linkage: list, read, accept (merge), reject (never again), undo.
 * Refusals are problem+json: 400 REVIEW_REASON_REQUIRED, 409 REVIEW_ALREADY_DECIDED /
 * REVIEW_NOT_ACCEPTED, 403 role, 404 missing or outside the caller's scope.
 */
@RestController
@RequestMapping("/api/v1/linkage/reviews")
@Tag(name = "linkage")
class ReviewApi {

    /** The body of a decision. */
    record Decision(String reason) {
    }

    private final ReviewQueue reviews;

    ReviewApi(ReviewQueue reviews) {
        this.reviews = reviews;
    }

    @GetMapping
    List<ReviewSummary> list(@RequestParam(required = false) ReviewStatus status,
            @RequestParam(required = false) Long before, @RequestParam(defaultValue = "50") int size) {
        return reviews.list(status, before, size);
    }

    @GetMapping("/{id}")
    ReviewItem get(@PathVariable long id) {
        return reviews.item(id);
    }

    @PostMapping("/{id}/accept")
    ReviewItem accept(@PathVariable long id, @RequestBody(required = false) Decision body) {
        return reviews.accept(id, body == null ? null : body.reason());
    }

    @PostMapping("/{id}/reject")
    ReviewItem reject(@PathVariable long id, @RequestBody(required = false) Decision body) {
        return reviews.reject(id, body == null ? null : body.reason());
    }

    @PostMapping("/{id}/undo")
    ReviewItem undo(@PathVariable long id, @RequestBody(required = false) Decision body) {
        return reviews.undo(id, body == null ? null : body.reason());
    }
}
