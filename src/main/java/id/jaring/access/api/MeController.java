package id.jaring.access.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.jaring.access.CurrentUser;
import id.jaring.access.CurrentUsers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Who the caller is: lets an integrator check a token, and shows the scope it acts in. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Access")
@SecurityRequirement(name = OpenApiSecurity.BEARER)
class MeController {

    /**
     * @param regionCode dotted code of the user's region, null for the whole province
     */
    record Me(long id, String username, String role, String agencyCode, String regionCode, boolean provinceWide) {
    }

    private final CurrentUsers currentUsers;

    MeController(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @GetMapping("/me")
    @Operation(summary = "The user the token belongs to, with role and scope (agency, region)")
    Me me() {
        CurrentUser user = currentUsers.current();
        return new Me(user.id(), user.username(), user.role().name(), user.scope().agencyCode(),
                user.scope().regionCode(), user.scope().isProvinceWide());
    }
}
