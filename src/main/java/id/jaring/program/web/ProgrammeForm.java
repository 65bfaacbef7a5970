package id.jaring.program.web;

import java.util.ArrayList;
import java.util.List;

import id.jaring.platform.ValidationFailedException;
import id.jaring.program.AutomaticExits;
import id.jaring.platform.Violation;
import id.jaring.program.ProgramCodes;
import id.jaring.program.Programme;
import id.jaring.program.ProgrammeData;
import id.jaring.program.ProgrammeStatus;

/** The programme form, as typed. */
record ProgrammeForm(String code, String name, String ownerAgency, String periodStart, String periodEnd,
        String maxDurationMonths, String componentCap, String status, String reentryWaitMonths, String automaticExits) {

    static ProgrammeForm empty() {
        return new ProgrammeForm("", "", "DINSOS", "", "", "60", "4", "DRAFT", "24", AutomaticExits.USULAN.name());
    }

    static ProgrammeForm of(Programme p) {
        return new ProgrammeForm(p.code(), p.name(), p.ownerAgency(), str(p.periodStart()), str(p.periodEnd()),
                str(p.maxDurationMonths()), str(p.componentCap()), p.status().name(), str(p.reentryWaitMonths()),
                p.automaticExits().name());
    }

    /** @throws ValidationFailedException when a value cannot be read */
    ProgrammeData toData() {
        List<Violation> problems = new ArrayList<>();
        ProgrammeData data = new ProgrammeData(FormInput.code(code), FormInput.text(name), FormInput.code(ownerAgency),
                FormInput.date(periodStart, "periodStart", ProgramCodes.PERIOD_INVALID, problems),
                FormInput.date(periodEnd, "periodEnd", ProgramCodes.PERIOD_INVALID, problems),
                FormInput.integer(maxDurationMonths, "maxDurationMonths", ProgramCodes.DURATION_INVALID, problems, 1, 600),
                FormInput.integer(componentCap, "componentCap", ProgramCodes.COMPONENT_CAP_INVALID, problems, 1, 50),
                status(status),
                FormInput.integer(reentryWaitMonths, "reentryWaitMonths", ProgramCodes.REENTRY_WAIT_INVALID, problems, 1, 600),
                automaticExits(automaticExits));
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        return data;
    }

    private static ProgrammeStatus status(String s) {
        try {
            return s == null || s.isBlank() ? null : ProgrammeStatus.valueOf(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Unknown text reads as the default (USULAN): the form offers the two values only. */
    private static AutomaticExits automaticExits(String s) {
        try {
            return s == null || s.isBlank() ? null : AutomaticExits.valueOf(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
