package id.jaring.access.web;

import id.jaring.access.Role;
import id.jaring.access.internal.UserAccount;
import id.jaring.access.internal.UserAdministration;
import id.jaring.wilayah.Region;
import id.jaring.wilayah.Regions;

/**
 * The user form: a kab/kota (or the whole province) from a list, and optionally a kecamatan or
 * desa code inside it. The password is only used when creating.
 */
record UserForm(String username, String displayName, String password, Role role, String agencyCode,
        String regionCode, String subRegionCode) {

    static UserForm empty() {
        return new UserForm("", "", "", null, "", "", "");
    }

    /** The form for editing an existing user: the region is split into its kab/kota and the rest. */
    static UserForm of(UserAccount user, Regions regions) {
        String kabKota = null;
        String sub = null;
        if (user.regionCode() != null) {
            Region region = regions.find(user.regionCode()).orElse(null);
            if (region != null && region.level() > Region.KAB_KOTA) {
                kabKota = region.kabKotaCode();
                sub = region.code();
            } else {
                kabKota = user.regionCode();
            }
        }
        return new UserForm(user.username(), user.displayName(), "", user.role(), user.agencyCode(), kabKota, sub);
    }

    UserAdministration.NewUser toNewUser() {
        return new UserAdministration.NewUser(username, displayName, password, role, agencyCode, regionCode, subRegionCode);
    }

    UserAdministration.Profile toProfile() {
        return new UserAdministration.Profile(displayName, role, agencyCode, regionCode, subRegionCode);
    }

    /** Never send a typed password back to the browser. */
    UserForm withoutPassword() {
        return new UserForm(username, displayName, "", role, agencyCode, regionCode, subRegionCode);
    }
}
