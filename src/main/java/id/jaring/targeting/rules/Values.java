package id.jaring.targeting.rules;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.jaring.platform.Violation;
import id.jaring.targeting.RuleCodes;
import id.jaring.targeting.rules.Expr.AttributeRef;
import id.jaring.targeting.rules.Expr.Operand;
import id.jaring.wilayah.Regions;

/**
 * Reads a literal for an operand and checks it: whole numbers (dots as thousands separators:
 * {@code 1.500.000}), decimals (dot as decimal point), code-list values (validated against the
 * registry's enum, case and spaces ignored: {@code 'kepala keluarga'} is KEPALA_KELUARGA),
 * region codes of the attribute's level, free text. Problems are added to the list; the result
 * is then a placeholder.
 */
final class Values {

    private static final Pattern WHOLE = Pattern.compile("-?\\d+");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Map<String, String> SEX_WORDS = Map.of("LAKI_LAKI", "L", "PEREMPUAN", "P");

    private final ToIntFunction<String> regionLevel;
    private final List<Violation> problems;

    Values(ToIntFunction<String> regionLevel, List<Violation> problems) {
        this.regionLevel = regionLevel;
        this.problems = problems;
    }

    Object read(Operand operand, Token attribute, Token value) {
        if (operand == null) {
            return value.text();
        }
        ValueType type = operand.type();
        Attribute a = operand instanceof AttributeRef ref ? ref.attribute() : null;
        String name = a == null ? attribute.upper() : attribute.text();
        return switch (type) {
            case INTEGER, AGE -> {
                String digits = value.text();
                if (value.kind() == Token.Kind.NUMBER && GROUPED.matcher(digits).matches()) {
                    digits = digits.replace(".", "");
                }
                if (value.kind() != Token.Kind.NUMBER || !WHOLE.matcher(digits).matches() || digits.length() > 18) {
                    yield mismatch(value, name);
                }
                yield Long.parseLong(digits);
            }
            case DECIMAL -> value.kind() == Token.Kind.NUMBER && DECIMAL.matcher(value.text()).matches()
                    && value.text().length() <= 30 ? new BigDecimal(value.text()) : mismatch(value, name);
            case BOOLEAN -> mismatch(value, name);
            case TEXT -> value.kind() == Token.Kind.NUMBER ? mismatch(value, name)
                    : value.text().strip().toUpperCase(Locale.ROOT);
            case ENUM -> value.kind() == Token.Kind.NUMBER ? mismatch(value, name) : code(a, value, name);
            case REGION -> region(a, value, name);
        };
    }

    private Object code(Attribute a, Token value, String name) {
        String key = value.text().strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
        if (a == Attribute.JENIS_KELAMIN) {
            key = SEX_WORDS.getOrDefault(key, key);
        }
        for (Enum<?> constant : a.codes().getEnumConstants()) {
            if (constant.name().equals(key)) {
                return constant.name();
            }
        }
        String allowed = Arrays.stream(a.codes().getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        problems.add(Violation.error(RuleCodes.UNKNOWN_VALUE, RuleCodes.FIELD, value.span().line(),
                value.span().column(), value.text(), name, allowed));
        return key;
    }

    private Object region(Attribute a, Token value, String name) {
        String dotted = value.kind() == Token.Kind.WORD ? null : Regions.toDotted(value.text());
        if (dotted == null || regionLevel.applyAsInt(dotted) != a.regionLevel()) {
            problems.add(Violation.error(RuleCodes.UNKNOWN_REGION, RuleCodes.FIELD, value.span().line(),
                    value.span().column(), value.text(), name));
            return value.text();
        }
        return dotted;
    }

    private Object mismatch(Token value, String name) {
        problems.add(Violation.error(RuleCodes.TYPE_MISMATCH, RuleCodes.FIELD, value.span().line(),
                value.span().column(), name, value.text()));
        return value.text();
    }
}
