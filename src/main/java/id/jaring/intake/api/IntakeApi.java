package id.jaring.intake.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import id.jaring.intake.BatchView;
import id.jaring.intake.IntakeBatches;
import id.jaring.intake.IntakeCodes;
import id.jaring.intake.IssuePage;
import id.jaring.intake.Upload;
import jakarta.servlet.http.HttpServletResponse;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Agency files into the registry: upload (the work then runs in the background: poll the batch),
 * mapping, the validation report (JSON, CSV, XLSX), commit and abandon.
 */
@RestController
@RequestMapping("/api/v1/intake")
@Tag(name = "Intake", description = "Agency file uploads, validation reports, commit into the registry")
class IntakeApi {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final IntakeBatches intake;

    IntakeApi(IntakeBatches intake) {
        this.intake = intake;
    }

    /** 201 with the batch; the same file from the same agency again answers 200 with the existing batch. */
    @PostMapping(path = "/batches", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<BatchView> upload(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam("agency") String agency, @RequestParam(name = "purpose", required = false) String purpose) {
        if (file == null || file.isEmpty() && file.getOriginalFilename() == null) {
            throw new ValidationFailedException(Violation.error(IntakeCodes.FILE_MISSING, "file"));
        }
        Upload upload;
        try {
            upload = intake.upload(file.getInputStream(), file.getOriginalFilename(), agency, purpose);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        URI location = URI.create("/api/v1/intake/batches/" + upload.batch().id());
        return upload.existing() ? ResponseEntity.ok().location(location).body(upload.batch())
                : ResponseEntity.created(location).body(upload.batch());
    }

    @GetMapping("/batches")
    List<BatchView> list(@RequestParam(name = "before", required = false) Long before,
            @RequestParam(name = "size", defaultValue = "50") int size) {
        return intake.list(before, size);
    }

    @GetMapping("/batches/{id}")
    BatchView batch(@PathVariable long id) {
        return intake.find(id);
    }

    @GetMapping("/batches/{id}/mapping")
    Map<String, String> mapping(@PathVariable long id) {
        return intake.mapping(id);
    }

    @PutMapping("/batches/{id}/mapping")
    BatchView saveMapping(@PathVariable long id, @RequestBody Map<String, String> mapping) {
        return intake.saveMapping(id, mapping);
    }

    @GetMapping("/batches/{id}/report")
    Map<String, Object> report(@PathVariable long id, @RequestParam(name = "after", required = false) String after,
            @RequestParam(name = "size", defaultValue = "100") int size) {
        BatchView batch = intake.find(id);
        IssuePage issues = intake.issues(id, after, size);
        return Map.of("batch", batch, "issues", issues.items(), "nextAfter", issues.nextAfter() == null ? "" : issues.nextAfter());
    }

    @GetMapping("/batches/{id}/report.csv")
    void reportCsv(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        intake.find(id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"batch-" + id + "-report.csv\"");
        intake.exportCsv(id, response.getOutputStream(), locale);
    }

    @GetMapping("/batches/{id}/report.xlsx")
    void reportXlsx(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        intake.find(id);
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"batch-" + id + "-report.xlsx\"");
        intake.exportXlsx(id, response.getOutputStream(), locale);
    }

    /** 202: the commit runs in the background; poll the batch until COMMITTED (or still VALIDATED after a failure). */
    @PostMapping("/batches/{id}/commit")
    ResponseEntity<BatchView> commit(@PathVariable long id) {
        return ResponseEntity.accepted().body(intake.commit(id));
    }

    @PostMapping("/batches/{id}/abandon")
    BatchView abandon(@PathVariable long id) {
        return intake.abandon(id);
    }
}
