package id.jaring.enrollment.readiness;

import java.util.List;
import java.util.function.ToLongFunction;

import id.jaring.registry.KeysetPage;

/** Pages read with one row more than asked: the extra row says there is a next page. */
final class KeysetPages {

    static final int MAX_SIZE = 100;

    private KeysetPages() {
    }

    static int limit(int size) {
        return Math.max(1, Math.min(size, MAX_SIZE));
    }

    static <T> KeysetPage<T> of(List<T> found, int limit, ToLongFunction<T> key) {
        List<T> items = found.stream().limit(limit).toList();
        return new KeysetPage<>(items, found.size() > limit ? key.applyAsLong(items.get(items.size() - 1)) : null);
    }
}
