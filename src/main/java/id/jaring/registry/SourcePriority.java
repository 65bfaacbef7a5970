package id.jaring.registry;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which agency's value stands when sources disagree and the data steward has not decided: the
 * order of {@code jaring.registry.source-priority} (first wins; agencies not listed come after,
 * the most recent value first).
 */
@Component
class SourcePriority {

    static final String DEFAULT = "DUKCAPIL,DINSOS,DINKES,DINDIK,BAPPEDA,DINPERKIM,DINKOPUKM";

    private final List<String> agencies;

    SourcePriority(@Value("${jaring.registry.source-priority:" + DEFAULT + "}") String order) {
        this.agencies = Arrays.stream(order.split(","))
                .map(s -> s.strip().toUpperCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList();
    }

    /** The order as one comma-separated text, for {@code string_to_array} in SQL. */
    String asSqlList() {
        return String.join(",", agencies);
    }

    List<String> agencies() {
        return agencies;
    }
}
