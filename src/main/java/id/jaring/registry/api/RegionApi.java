package id.jaring.registry.api;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.jaring.registry.RegionCount;
import id.jaring.registry.RegionStatistics;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Regions with the number of families and people in them. They live in the registry because the
 * counts are registry data (wilayah must not depend on the registry).
 */
@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "Regions", description = "Regions (province, kab/kota, kecamatan, desa/kelurahan) with household and person counts")
class RegionApi {

    private final RegionStatistics statistics;

    RegionApi(RegionStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/{code}")
    @Operation(summary = "A region with its counts (code dotted or plain)")
    RegionCount region(@PathVariable String code) {
        return statistics.region(code);
    }

    @GetMapping("/{code}/children")
    @Operation(summary = "The direct children of a region with their counts")
    List<RegionCount> children(@PathVariable String code) {
        return statistics.children(code);
    }
}
