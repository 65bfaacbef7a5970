package id.jaring.registry.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import id.jaring.access.CurrentUsers;
import id.jaring.platform.NotFoundException;
import id.jaring.registry.RegionCount;
import id.jaring.registry.RegionStatistics;
import id.jaring.registry.RegistrySearch;
import id.jaring.wilayah.Region;
import id.jaring.wilayah.Regions;

/**
 * The region browser: province, kab/kota, kecamatan, desa/kelurahan with the counts of families
 * and people; a desa also lists its families (not for roles that may not see people). Also
 * serves the option lists of the cascading region selects of the family forms.
 */
@Controller
class RegionController {

    static final int PAGE_SIZE = 25;

    private final Regions regions;
    private final RegionStatistics statistics;
    private final RegistrySearch search;
    private final CurrentUsers users;

    RegionController(Regions regions, RegionStatistics statistics, RegistrySearch search, CurrentUsers users) {
        this.regions = regions;
        this.statistics = statistics;
        this.search = search;
        this.users = users;
    }

    @GetMapping("/regions")
    String province(Model model) {
        return region(regions.province().code(), null, model);
    }

    @GetMapping("/regions/{code}")
    String region(@PathVariable String code, @RequestParam(required = false) Long after, Model model) {
        Region region = regions.find(code).orElseThrow(() -> new NotFoundException("region"));
        RegionCount counts = statistics.region(region.code());
        model.addAttribute("region", region);
        model.addAttribute("counts", counts);
        model.addAttribute("path", regions.path(region.code()));
        boolean desa = region.level() == Region.DESA;
        model.addAttribute("children", desa ? List.of() : statistics.children(region.code()));
        boolean mayReadPeople = users.current().role().canReadPersons();
        model.addAttribute("mayReadPeople", mayReadPeople);
        model.addAttribute("mayEdit", users.current().role().canEditRegistry() && users.current().scope().covers(region.code()));
        if (desa && mayReadPeople && counts.households() != null) {
            model.addAttribute("families", search.households(region.code(), after, PAGE_SIZE));
        }
        return "registry/region";
    }

    /** {@code <option>}s for the cascading selects: kecamatan of a kab/kota, desa of a kecamatan. */
    @GetMapping("/regions/options")
    String options(@RequestParam(required = false) String kab, @RequestParam(required = false) String kec,
            Model model) {
        String parent = kec != null && !kec.isBlank() ? kec : kab;
        List<Region> children = parent == null || parent.isBlank() || regions.find(parent).isEmpty() ? List.of()
                : regions.children(regions.find(parent).get().code());
        model.addAttribute("options", children);
        model.addAttribute("resetDesa", kec == null || kec.isBlank());
        return "registry/fragments :: regionOptions";
    }
}
