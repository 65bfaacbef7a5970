package id.jaring.registry.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;
import id.jaring.registry.MergePersons;
import id.jaring.registry.PersonMergeView;
import id.jaring.registry.PersonMerging;
import id.jaring.registry.RegistryCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Merging two records of the same person (data steward), listing and undoing merges. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Person merges", description = "Two records of the same human merged into one, and undone (DATA_STEWARD, ADMIN)")
class PersonMergeApi {

    private final PersonMerging merging;

    PersonMergeApi(PersonMerging merging) {
        this.merging = merging;
    }

    /** Body of POST /persons/{survivorId}/merges. */
    record MergeRequest(Long duplicateId, String reason, Map<String, Object> evidence) {
    }

    /** Body of POST /person-merges/{id}/undo. */
    record UndoRequest(String reason) {
    }

    @PostMapping("/persons/{survivorId}/merges")
    @Operation(summary = "Merge the person duplicateId INTO this person (the survivor); 201 with the merge")
    ResponseEntity<PersonMergeView> merge(@PathVariable long survivorId, @RequestBody MergeRequest body) {
        if (body.duplicateId() == null) {
            throw new ValidationFailedException(Violation.error(RegistryCodes.REQUIRED, "duplicateId", "duplicateId"));
        }
        PersonMergeView merge = merging.merge(new MergePersons(survivorId, body.duplicateId(), body.reason(), body.evidence()));
        return ResponseEntity.created(URI.create("/api/v1/person-merges/" + merge.id())).body(merge);
    }

    @GetMapping("/persons/{id}/merges")
    @Operation(summary = "Merges the person took part in (as survivor or duplicate), newest first")
    List<PersonMergeView> mergesOf(@PathVariable long id) {
        return merging.mergesOf(id);
    }

    @GetMapping("/person-merges/{id}")
    @Operation(summary = "One merge")
    PersonMergeView get(@PathVariable long id) {
        return merging.find(id);
    }

    @PostMapping("/person-merges/{id}/undo")
    @Operation(summary = "Undo a merge: the duplicate gets its record, NIK, sources and family back")
    PersonMergeView undo(@PathVariable long id, @RequestBody UndoRequest body) {
        return merging.unmerge(id, body.reason());
    }
}
