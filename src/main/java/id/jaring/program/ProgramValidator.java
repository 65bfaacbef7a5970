package id.jaring.program;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;

/** The rules of programme data that need no database (codes, periods, amounts). Pure Java. */
final class ProgramValidator {

    static final Pattern CODE = Pattern.compile("^[A-Z0-9_]{2,30}$");
    static final int NAME_MAX = 200;

    private ProgramValidator() {
    }

    static List<Violation> agency(Agency a) {
        List<Violation> v = new ArrayList<>();
        code(a.code(), "code", ProgramCodes.AGENCY_CODE_FORMAT, v);
        name(a.name(), v);
        if (a.kind() == null) {
            v.add(Violation.error(ProgramCodes.REQUIRED, "kind", "kind"));
        }
        return v;
    }

    static List<Violation> programme(ProgrammeData p) {
        List<Violation> v = new ArrayList<>();
        code(p.code(), "code", ProgramCodes.PROGRAMME_CODE_FORMAT, v);
        name(p.name(), v);
        if (blank(p.ownerAgency())) {
            v.add(Violation.error(ProgramCodes.REQUIRED, "ownerAgency", "ownerAgency"));
        }
        if (p.periodStart() == null) {
            v.add(Violation.error(ProgramCodes.REQUIRED, "periodStart", "periodStart"));
        } else if (p.periodEnd() != null && p.periodEnd().isBefore(p.periodStart())) {
            v.add(Violation.error(ProgramCodes.PERIOD_INVALID, "periodEnd"));
        }
        if (p.maxDurationMonths() != null && (p.maxDurationMonths() < 1 || p.maxDurationMonths() > 600)) {
            v.add(Violation.error(ProgramCodes.DURATION_INVALID, "maxDurationMonths", 1, 600));
        }
        if (p.componentCap() != null && (p.componentCap() < 1 || p.componentCap() > 50)) {
            v.add(Violation.error(ProgramCodes.COMPONENT_CAP_INVALID, "componentCap", 1, 50));
        }
        if (p.reentryWaitMonths() != null && (p.reentryWaitMonths() < 1 || p.reentryWaitMonths() > 600)) {
            v.add(Violation.error(ProgramCodes.REENTRY_WAIT_INVALID, "reentryWaitMonths", 1, 600));
        }
        if (p.status() == null) {
            v.add(Violation.error(ProgramCodes.REQUIRED, "status", "status"));
        }
        return v;
    }

    static List<Violation> component(ComponentData c) {
        List<Violation> v = new ArrayList<>();
        code(c.code(), "code", ProgramCodes.COMPONENT_CODE_FORMAT, v);
        name(c.name(), v);
        boolean amountsOk = true;
        if (c.amountPerYear() == null || c.amountPerYear() <= 0) {
            v.add(Violation.error(ProgramCodes.AMOUNT_INVALID, "amountPerYear"));
            amountsOk = false;
        }
        if (c.amountPerTahap() == null || c.amountPerTahap() <= 0) {
            v.add(Violation.error(ProgramCodes.AMOUNT_INVALID, "amountPerTahap"));
            amountsOk = false;
        }
        if (c.tahapPerYear() == null || c.tahapPerYear() < 1 || c.tahapPerYear() > 12) {
            v.add(Violation.error(ProgramCodes.TAHAP_INVALID, "tahapPerYear", 1, 12));
            amountsOk = false;
        }
        if (amountsOk && c.amountPerTahap() * c.tahapPerYear() != c.amountPerYear()) {
            v.add(Violation.error(ProgramCodes.TAHAP_AMOUNT_MISMATCH, "amountPerTahap",
                    c.amountPerTahap() * c.tahapPerYear(), c.amountPerYear()));
        }
        return v;
    }

    static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ValidationFailedException(violations);
        }
    }

    private static void code(String code, String field, String formatCode, List<Violation> v) {
        if (blank(code)) {
            v.add(Violation.error(ProgramCodes.REQUIRED, field, field));
        } else if (!CODE.matcher(code).matches()) {
            v.add(Violation.error(formatCode, field));
        }
    }

    private static void name(String name, List<Violation> v) {
        if (blank(name)) {
            v.add(Violation.error(ProgramCodes.REQUIRED, "name", "name"));
        } else if (name.length() > NAME_MAX) {
            v.add(Violation.error(ProgramCodes.TOO_LONG, "name", NAME_MAX));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
