package id.jaring.intake;

import java.util.List;

/** A page of a batch's issues, by row; {@code nextAfter} (row, id) is null on the last page. */
public record IssuePage(List<IssueView> items, String nextAfter) {
}
