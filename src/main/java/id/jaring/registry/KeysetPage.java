package id.jaring.registry;

import java.util.List;

/**
 * One page of a keyset-paginated list: ask for the next page with {@code after = nextAfter};
 * {@code nextAfter} is null on the last page.
 */
public record KeysetPage<T>(List<T> items, Long nextAfter) {

    public KeysetPage {
        items = List.copyOf(items);
    }

    public boolean last() {
        return nextAfter == null;
    }
}
