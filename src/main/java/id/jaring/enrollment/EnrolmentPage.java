package id.jaring.enrollment;

import java.util.List;

/** One keyset page of enrolments; {@code nextAfter} is null on the last page. */
public record EnrolmentPage(List<Enrolment> items, Long nextAfter) {

    public boolean last() {
        return nextAfter == null;
    }
}
