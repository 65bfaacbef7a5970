package id.jaring.reporting;

import id.jaring.platform.NotFoundException;

/** The two kinds of targeting error the coverage report lists family by family. */
public enum CoverageCategory {
    /** Active families the programme's rule selects today, with no AKTIF enrolment in it. */
    EXCLUSION,
    /** AKTIF enrolments whose family the rule does not select today (or that is no longer active). */
    INCLUSION_ERROR;

    /** By name, as in page addresses. @throws NotFoundException for anything else */
    public static CoverageCategory of(String name) {
        for (CoverageCategory c : values()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new NotFoundException("category");
    }
}
