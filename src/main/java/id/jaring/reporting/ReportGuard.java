package id.jaring.reporting;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import id.jaring.access.CurrentUser;
import id.jaring.access.CurrentUsers;
import id.jaring.access.Role;
import id.jaring.platform.NotFoundException;
import id.jaring.program.Programme;
import id.jaring.program.Programmes;
import id.jaring.wilayah.Region;
import id.jaring.wilayah.Regions;

/**
 * Who sees what of the reports: counts need a login (leadership included); family lists need a role
 * that reads persons (not PIMPINAN); an agency operator reaches its own agency's programmes only
 * (another's answers like a missing one, 404); a kab/kota filter must lie in the caller's region.
 * The region itself is applied in SQL ({@link id.jaring.access.ScopeFilter}).
 */
@Component
class ReportGuard {

    private final CurrentUsers users;
    private final Programmes programmes;
    private final Regions regions;

    ReportGuard(CurrentUsers users, Programmes programmes, Regions regions) {
        this.users = users;
        this.programmes = programmes;
        this.regions = regions;
    }

    CurrentUser reader() {
        return users.current();
    }

    CurrentUser lister() {
        CurrentUser user = users.current();
        if (!mayList(user)) {
            throw new AccessDeniedException("role " + user.role() + " may not list families");
        }
        return user;
    }

    static boolean mayList(CurrentUser user) {
        return user.role().canReadPersons();
    }

    /** @throws NotFoundException when the programme does not exist or belongs to another agency than an agency operator's */
    Programme programme(CurrentUser user, String code) {
        return programmes.find(code).filter(p -> inReach(user, p)).orElseThrow(() -> new NotFoundException("programme"));
    }

    List<Programme> programmes(CurrentUser user) {
        return programmes.list().stream().filter(p -> inReach(user, p)).toList();
    }

    /** Every programme, for counts across agencies (complementarity). */
    List<Programme> allProgrammes() {
        return programmes.list();
    }

    /** @throws NotFoundException when no programme has the code */
    Programme anyProgramme(String code) {
        return programmes.find(code == null ? null : code.strip()).orElseThrow(() -> new NotFoundException("programme"));
    }

    /**
     * @param code a kab/kota code, or null/blank for the whole region
     * @return the code, or null for the whole region
     * @throws NotFoundException when it is no kab/kota or lies outside the caller's region
     */
    String kabKota(CurrentUser user, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String kab = code.strip();
        boolean known = regions.find(kab).filter(r -> r.level() == Region.KAB_KOTA && r.code().equals(kab)).isPresent();
        if (!known || !(user.scope().covers(kab) || kab.equals(user.scope().kabKotaCode()))) {
            throw new NotFoundException("kab/kota");
        }
        return kab;
    }

    String regionName(String code) {
        return code == null ? null : regions.find(code).map(Region::name).orElse(code);
    }

    private static boolean inReach(CurrentUser user, Programme programme) {
        return user.role() != Role.OPERATOR_OPD || programme.ownerAgency().equals(user.scope().agencyCode());
    }
}
