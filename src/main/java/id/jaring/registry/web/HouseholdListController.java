package id.jaring.registry.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.jaring.platform.ValidationFailedException;
import id.jaring.registry.KeysetPage;
import id.jaring.registry.RegistrySearch;
import id.jaring.wilayah.Region;
import id.jaring.wilayah.Regions;

/** The family list: keyset pages ("next" carries {@code after}), filtered by region. */
@Controller
class HouseholdListController {

    private final RegistrySearch search;
    private final Regions regions;
    private final MessageSource messages;

    HouseholdListController(RegistrySearch search, Regions regions, MessageSource messages) {
        this.search = search;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping("/households")
    String list(@RequestParam(required = false) String region, @RequestParam(required = false) Long after,
            Model model, Locale locale) {
        String code = FormValues.text(region);
        List<Region> filter = new ArrayList<>(regions.children(regions.province().code()));
        regions.find(code).filter(r -> r.level() > Region.KAB_KOTA).ifPresent(filter::add);
        model.addAttribute("regionChoices", filter);
        model.addAttribute("selectedRegion", regions.find(code).map(Region::code).orElse(code));
        try {
            model.addAttribute("page", search.households(code, after, RegionController.PAGE_SIZE));
        } catch (ValidationFailedException e) {
            model.addAttribute("page", new KeysetPage<>(List.of(), null));
            model.addAttribute("problems", Feedback.of(e.violations(), messages, locale).all());
        }
        model.addAttribute("after", after);
        return "registry/households";
    }
}
