package id.jaring.registry.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import id.jaring.wilayah.Region;
import id.jaring.wilayah.Regions;

/**
 * Fills the cascading kab/kota - kecamatan - desa selects of a family form from the code in its
 * text field, so that a re-rendered form shows the same choice (htmx reloads the lower levels
 * on change; without JavaScript the text field alone is used).
 */
@Component
class RegionPicker {

    private final Regions regions;

    RegionPicker(Regions regions) {
        this.regions = regions;
    }

    void fill(String desaCode, Model model) {
        List<Region> path = desaCode == null ? List.of() : regions.find(desaCode.strip()).map(r -> regions.path(r.code()))
                .orElse(List.of());
        String kab = path.size() > 1 ? path.get(1).code() : null;
        String kec = path.size() > 2 ? path.get(2).code() : null;
        String desa = path.size() > 3 ? path.get(3).code() : null;
        model.addAttribute("pickKabList", regions.children(regions.province().code()));
        model.addAttribute("pickKecList", kab == null ? List.of() : regions.children(kab));
        model.addAttribute("pickDesaList", kec == null ? List.of() : regions.children(kec));
        model.addAttribute("pickKab", kab);
        model.addAttribute("pickKec", kec);
        model.addAttribute("pickDesa", desa);
        model.addAttribute("desaPath", path);
    }
}
