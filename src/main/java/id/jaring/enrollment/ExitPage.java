package id.jaring.enrollment;

import java.util.List;

/** One keyset page of exits; {@code nextAfter} is passed as {@code after} for the next page (null on the last). */
public record ExitPage(List<EnrolmentExit> items, Long nextAfter) {

    public ExitPage {
        items = List.copyOf(items);
    }

    public boolean last() {
        return nextAfter == null;
    }
}
