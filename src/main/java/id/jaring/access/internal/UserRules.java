package id.jaring.access.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import id.jaring.access.Role;
import id.jaring.platform.Violation;
import id.jaring.wilayah.Region;
import id.jaring.wilayah.Regions;

/**
 * The rules a user's profile must follow, each failure a stable code. Regions are given as a
 * kab/kota (or nothing, for the whole province) plus an optional kecamatan or desa inside it.
 */
@Component
class UserRules {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");
    static final Pattern AGENCY = Pattern.compile("[A-Z0-9][A-Z0-9._-]{1,29}");
    static final int DISPLAY_NAME_MAX = 100;

    private final Regions regions;

    UserRules(Regions regions) {
        this.regions = regions;
    }

    void username(String normalised, List<Violation> violations) {
        if (!USERNAME.matcher(normalised).matches()) {
            violations.add(Violation.error("USERNAME_FORMAT", "username"));
        }
    }

    String displayName(String raw, List<Violation> violations) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            violations.add(Violation.error("DISPLAY_NAME_REQUIRED", "displayName"));
        } else if (name.length() > DISPLAY_NAME_MAX) {
            violations.add(Violation.error("DISPLAY_NAME_TOO_LONG", "displayName", DISPLAY_NAME_MAX));
        }
        return name;
    }

    void role(Role role, List<Violation> violations) {
        if (role == null) {
            violations.add(Violation.error("ROLE_REQUIRED", "role"));
        }
    }

    /** The agency code, upper-case, or null when none is needed and none was given. */
    String agency(Role role, String raw, List<Violation> violations) {
        String code = raw == null || raw.isBlank() ? null : raw.strip().toUpperCase(Locale.ROOT);
        if (code == null) {
            if (role == Role.OPERATOR_OPD) {
                violations.add(Violation.error("AGENCY_REQUIRED", "agencyCode"));
            }
        } else if (!AGENCY.matcher(code).matches()) {
            violations.add(Violation.error("AGENCY_FORMAT", "agencyCode"));
        }
        return code;
    }

    /**
     * The dotted code of the user's region, or null for the whole province.
     *
     * @param area a kab/kota (or the province, or blank) chosen from the list
     * @param subArea optional kecamatan or desa code (dotted or plain) inside that kab/kota
     */
    String region(Role role, String area, String subArea, List<Violation> violations) {
        String region = null;
        if (area != null && !area.isBlank()) {
            Optional<Region> found = regions.find(area);
            if (found.isEmpty()) {
                violations.add(Violation.error("REGION_UNKNOWN", "regionCode", area.strip()));
                return null;
            }
            region = found.get().level() == Region.PROVINCE ? null : found.get().code();
        }
        if (subArea != null && !subArea.isBlank()) {
            Optional<Region> found = regions.find(subArea);
            if (found.isEmpty()) {
                violations.add(Violation.error("REGION_UNKNOWN", "subRegionCode", subArea.strip()));
                return null;
            }
            Region sub = found.get();
            if (sub.level() < Region.KECAMATAN) {
                violations.add(Violation.error("REGION_LEVEL", "subRegionCode"));
                return null;
            }
            if (region != null && !sub.code().startsWith(region + ".")) {
                violations.add(Violation.error("REGION_OUTSIDE", "subRegionCode", sub.code(), region));
                return null;
            }
            region = sub.code();
        }
        if (region == null && (role == Role.OPERATOR_KABKOTA || role == Role.PENDAMPING)) {
            violations.add(Violation.error("REGION_REQUIRED", "regionCode"));
        }
        return region;
    }
}
