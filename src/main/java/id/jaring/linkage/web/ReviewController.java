package id.jaring.linkage.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.jaring.access.CurrentUsers;
import id.jaring.access.Role;
import id.jaring.linkage.ReviewItem;
import id.jaring.linkage.ReviewQueue;
import id.jaring.linkage.ReviewStatus;
import id.jaring.linkage.ReviewSummary;
import id.jaring.platform.ValidationFailedException;

/** The review queue pages: open items, one item side by side with its evidence, and the decisions. */
@Controller
class ReviewController {

    private static final int PAGE = 50;

    private final ReviewQueue reviews;
    private final CurrentUsers users;
    private final MessageSource messages;

    ReviewController(ReviewQueue reviews, CurrentUsers users, MessageSource messages) {
        this.reviews = reviews;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/linkage/reviews")
    String list(@RequestParam(required = false) ReviewStatus status, @RequestParam(required = false) Long before,
            Model model) {
        ReviewStatus shown = status == null ? ReviewStatus.OPEN : status;
        List<ReviewSummary> page = reviews.list(shown, before, PAGE);
        model.addAttribute("items", page);
        model.addAttribute("status", shown);
        model.addAttribute("statuses", ReviewStatus.values());
        model.addAttribute("nextBefore", page.size() == PAGE ? page.get(page.size() - 1).id() : null);
        return "linkage/reviews";
    }

    @GetMapping("/linkage/reviews/{id}")
    String item(@PathVariable long id, Model model) {
        ReviewItem item = reviews.item(id);
        model.addAttribute("item", item);
        model.addAttribute("mayDecide", mayDecide());
        return "linkage/review";
    }

    @PostMapping("/linkage/reviews/{id}/{decision:accept|reject|undo}")
    String decide(@PathVariable long id, @PathVariable String decision, @RequestParam(required = false) String reason,
            RedirectAttributes redirect, Locale locale) {
        try {
            switch (decision) {
                case "accept" -> reviews.accept(id, reason);
                case "reject" -> reviews.reject(id, reason);
                default -> reviews.undo(id, reason);
            }
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("linkage.review.done." + decision, null, locale));
        } catch (ValidationFailedException e) {
            var v = e.violations().get(0);
            redirect.addFlashAttribute("flashError", messages.getMessage(v.messageKey(), v.args().toArray(), v.code(), locale));
        }
        return "redirect:/linkage/reviews/" + id;
    }

    private boolean mayDecide() {
        Role role = users.current().role();
        return role == Role.DATA_STEWARD || role == Role.ADMIN;
    }
}
