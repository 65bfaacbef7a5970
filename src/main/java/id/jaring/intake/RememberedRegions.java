package id.jaring.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.jaring.wilayah.Region;
import id.jaring.wilayah.Regions;

/**
 * Region look-ups remembered for one staging run: a million rows ask about a few thousand codes
 * (desa codes, NIK and KK prefixes) again and again. Not thread-safe: one per run.
 */
final class RememberedRegions implements Regions {

    private final Regions regions;
    private final Map<String, Optional<Region>> found = new HashMap<>();

    RememberedRegions(Regions regions) {
        this.regions = regions;
    }

    @Override
    public Optional<Region> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Optional<Region> region = found.get(code);
        if (region == null) {
            region = regions.find(code);
            if (found.size() < 100_000) {
                found.put(code, region);
            }
        }
        return region;
    }

    @Override
    public List<Region> children(String parentCode) {
        return regions.children(parentCode);
    }

    @Override
    public List<Region> path(String code) {
        return regions.path(code);
    }

    @Override
    public Region province() {
        return regions.province();
    }
}
