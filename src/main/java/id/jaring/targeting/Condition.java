package id.jaring.targeting;

import java.util.List;

/**
 * One node of an explanation: the rule text of the condition, its result for the family, the
 * value it looked at (null when there is none or it is unknown: a comparison with an unknown
 * value is UNKNOWN), the conditions it combines, and, for member quantifiers and counts, the
 * outcome for each member.
 */
public record Condition(String text, Truth result, String value, List<Condition> parts, List<MemberOutcome> members) {

    public Condition {
        parts = List.copyOf(parts);
        members = List.copyOf(members);
    }

    /** A condition without parts or members. */
    public static Condition leaf(String text, Truth result, String value) {
        return new Condition(text, result, value, List.of(), List.of());
    }
}
