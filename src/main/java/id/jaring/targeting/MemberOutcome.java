package id.jaring.targeting;

/**
 * How one member fared under a member quantifier or count: the member, the result of the
 * quantified condition for them, whether they decided the outcome (the members who satisfy ANY
 * or are counted, the ones who break ALL; everyone when nobody satisfies ANY), and the
 * condition tree evaluated for them (with their values).
 */
public record MemberOutcome(long personId, String nama, String hubungan, Truth result, boolean deciding,
        Condition detail) {
}
