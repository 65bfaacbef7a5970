package id.jaring.registry.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.jaring.platform.ValidationFailedException;
import id.jaring.registry.RegistrySearch;
import id.jaring.wilayah.Regions;

/**
 * One search box: 16 digits look up both a NIK and a No. KK (the same number cannot tell which
 * it is), anything else is a fuzzy name search, optionally within a region. A plain GET form;
 * htmx swaps only the results while typing.
 */
@Controller
class SearchController {

    static final int NAME_HITS = 50;

    private final RegistrySearch search;
    private final Regions regions;
    private final MessageSource messages;

    SearchController(RegistrySearch search, Regions regions, MessageSource messages) {
        this.search = search;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String region,
            Model model, Locale locale) {
        String query = FormValues.text(q);
        String regionCode = FormValues.text(region);
        model.addAttribute("q", query);
        model.addAttribute("region", regionCode);
        model.addAttribute("regionChoices", regions.children(regions.province().code()));
        if (query != null) {
            String digits = query.replaceAll("[\\s.-]", "");
            try {
                if (digits.matches("\\d{16}")) {
                    model.addAttribute("persons", search.byNik(digits));
                    model.addAttribute("households", search.byNoKk(digits));
                } else {
                    model.addAttribute("persons", search.byName(query, regionCode, NAME_HITS));
                    model.addAttribute("households", List.of());
                }
            } catch (ValidationFailedException e) {
                model.addAttribute("problems", Feedback.of(e.violations(), messages, locale).all());
            }
        }
        return "registry/search";
    }
}
