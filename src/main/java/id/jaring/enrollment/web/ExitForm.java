package id.jaring.enrollment.web;

import id.jaring.enrollment.ExitKind;
import id.jaring.enrollment.ProposeExit;

/** The "usulkan graduasi atau keluar" form, as typed; an unknown kind reads as none (EXIT_KIND_REQUIRED). */
record ExitForm(String kind, String reason, String declaration) {

    ProposeExit toCommand() {
        ExitKind k = null;
        try {
            k = kind == null || kind.isBlank() ? null : ExitKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            k = null;
        }
        return new ProposeExit(k, reason, declaration != null && !declaration.isBlank());
    }
}
