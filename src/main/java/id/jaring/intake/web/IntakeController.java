package id.jaring.intake.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.jaring.intake.BatchStatus;
import id.jaring.intake.BatchView;
import id.jaring.intake.CanonicalColumn;
import id.jaring.intake.IntakeBatches;
import id.jaring.intake.IssuePage;
import id.jaring.intake.Upload;
import id.jaring.intake.file.FileProblem;
import id.jaring.platform.ValidationFailedException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Intake pages: the batch list with the upload form, a batch's page (mapping while it waits for
 * one, a moving progress bar while the background work runs, the report with commit and abandon
 * once validated), and the report downloads.
 */
@Controller
class IntakeController {

    private final IntakeBatches intake;
    private final MessageSource messages;

    IntakeController(IntakeBatches intake, MessageSource messages) {
        this.intake = intake;
        this.messages = messages;
    }

    @GetMapping("/intake")
    String list(@RequestParam(required = false) Long before, Model model) {
        List<BatchView> batches = intake.list(before, 50);
        model.addAttribute("batches", batches);
        model.addAttribute("mayUpload", intake.mayUpload());
        model.addAttribute("nextBefore", batches.size() == 50 ? batches.get(batches.size() - 1).id() : null);
        return "intake/batches";
    }

    @PostMapping("/intake")
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam String agency,
            @RequestParam(required = false) String purpose, RedirectAttributes redirect, Locale locale) throws IOException {
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            redirect.addFlashAttribute("flashError", message("error.FILE_MISSING", null, locale));
            return "redirect:/intake";
        }
        try {
            Upload upload = intake.upload(file.getInputStream(), file.getOriginalFilename(), agency, purpose);
            if (upload.existing()) {
                redirect.addFlashAttribute("flashSuccess", message("intake.upload.existing", null, locale));
            }
            return "redirect:/intake/batches/" + upload.batch().id();
        } catch (FileProblem e) {
            redirect.addFlashAttribute("flashError", message("error." + e.code(), e.args(), locale));
        } catch (ValidationFailedException e) {
            redirect.addFlashAttribute("flashError", errors(e, locale));
        }
        return "redirect:/intake";
    }

    @GetMapping("/intake/batches/{id}")
    String batch(@PathVariable long id, @RequestParam(required = false) String after, Model model, Locale locale) {
        BatchView batch = intake.find(id);
        model.addAttribute("batch", batch);
        if (batch.status() == BatchStatus.UPLOADED && !batch.busy()) {
            Map<String, String> mapping = intake.mapping(id);
            model.addAttribute("mapping", mapping);
            model.addAttribute("targets", java.util.Arrays.stream(CanonicalColumn.values()).map(CanonicalColumn::column).toList());
        }
        if (!batch.busy() && (batch.status() == BatchStatus.VALIDATED || batch.status() == BatchStatus.COMMITTED)) {
            IssuePage issues = intake.issues(id, after, 100);
            model.addAttribute("issues", issues);
            model.addAttribute("issueMessages", issues.items().stream().map(i -> intake.message(i, locale)).toList());
            model.addAttribute("issueCounts", intake.issueCounts(id));
            intake.linkage(id).ifPresent(l -> model.addAttribute("linkage", l));
        }
        return "intake/batch";
    }

    /** The progress fragment htmx polls; when the work is done the page reloads to show the result. */
    @GetMapping("/intake/batches/{id}/progress")
    String progress(@PathVariable long id, Model model, HttpServletResponse response) {
        BatchView batch = intake.find(id);
        if (!batch.busy()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("batch", batch);
        return "intake/batch :: batchprogress";
    }

    @PostMapping("/intake/batches/{id}/mapping")
    String saveMapping(@PathVariable long id, @RequestParam List<String> source,
            @RequestParam(required = false) List<String> target, RedirectAttributes redirect, Locale locale) {
        Map<String, String> mapping = new LinkedHashMap<>();
        for (int i = 0; i < source.size(); i++) {
            mapping.put(source.get(i), target != null && i < target.size() ? target.get(i) : "");
        }
        return onBatch(id, () -> intake.saveMapping(id, mapping), null, redirect, locale);
    }

    @PostMapping("/intake/batches/{id}/commit")
    String commit(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        return onBatch(id, () -> intake.commit(id), "intake.commit.started", redirect, locale);
    }

    @PostMapping("/intake/batches/{id}/abandon")
    String abandon(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        return onBatch(id, () -> intake.abandon(id), "intake.abandoned", redirect, locale);
    }

    /**
     * Runs one action on a batch and returns to its page: the success message (if any) or the
     * refusal's messages as a flash.
     */
    private String onBatch(long id, Runnable action, String successKey, RedirectAttributes redirect, Locale locale) {
        try {
            action.run();
            if (successKey != null) {
                redirect.addFlashAttribute("flashSuccess", message(successKey, null, locale));
            }
        } catch (ValidationFailedException e) {
            redirect.addFlashAttribute("flashError", errors(e, locale));
        }
        return "redirect:/intake/batches/" + id;
    }

    @GetMapping("/intake/batches/{id}/report.csv")
    void csv(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        intake.find(id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"batch-" + id + "-report.csv\"");
        intake.exportCsv(id, response.getOutputStream(), locale);
    }

    @GetMapping("/intake/batches/{id}/report.xlsx")
    void xlsx(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        intake.find(id);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"batch-" + id + "-report.xlsx\"");
        intake.exportXlsx(id, response.getOutputStream(), locale);
    }

    private String errors(ValidationFailedException e, Locale locale) {
        List<String> texts = new ArrayList<>();
        e.violations().forEach(v -> texts.add(message(v.messageKey(), v.args().toArray(), locale)));
        return String.join(" ", texts);
    }

    private String message(String key, Object[] args, Locale locale) {
        return messages.getMessage(key, args, key, locale);
    }
}
