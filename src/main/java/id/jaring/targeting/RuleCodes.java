package id.jaring.targeting;

/**
 * The stable codes of rule-language errors (message key {@code error.<CODE>}). Every code that
 * points into the text has the 1-based line and column as its first two message arguments.
 */
public final class RuleCodes {

    /** The field name of the violations: the rule text. */
    public static final String FIELD = "rule";
    /** The rule text is blank. */
    public static final String EMPTY = "RULE_EMPTY";
    /** The rule text is longer than {0} characters. */
    public static final String TOO_LONG = "RULE_TOO_LONG";
    /** line, column, nesting limit: too many nested parentheses/NOTs. */
    public static final String TOO_DEEP = "RULE_TOO_DEEP";
    /** line, column, found, expected (symbols or keywords). */
    public static final String SYNTAX = "RULE_SYNTAX";
    /** line, column: the text ends where more was expected. */
    public static final String UNEXPECTED_END = "RULE_UNEXPECTED_END";
    /** line, column, character. */
    public static final String UNEXPECTED_CHARACTER = "RULE_UNEXPECTED_CHARACTER";
    /** line, column: a quote without its closing quote on the same line. */
    public static final String UNTERMINATED_STRING = "RULE_UNTERMINATED_STRING";
    /** line, column, found: a condition was expected (an attribute, a quantifier, NOT or a parenthesis). */
    public static final String EXPECTED_CONDITION = "RULE_EXPECTED_CONDITION";
    /** line, column, found: a value was expected. */
    public static final String EXPECTED_VALUE = "RULE_EXPECTED_VALUE";
    /** line, column, found, attribute: an operator was expected after the attribute. */
    public static final String EXPECTED_OPERATOR = "RULE_EXPECTED_OPERATOR";
    /** line, column, name. */
    public static final String UNKNOWN_ATTRIBUTE = "RULE_UNKNOWN_ATTRIBUTE";
    /** line, column, value, attribute, the allowed values. */
    public static final String UNKNOWN_VALUE = "RULE_UNKNOWN_VALUE";
    /** line, column, code, attribute: not a region code of the attribute's level (kab/kota, kecamatan, desa). */
    public static final String UNKNOWN_REGION = "RULE_UNKNOWN_REGION";
    /** line, column, attribute, what was written. */
    public static final String TYPE_MISMATCH = "RULE_TYPE_MISMATCH";
    /** line, column, attribute: a member attribute outside ANY/ALL/COUNT MEMBERS. */
    public static final String MEMBER_ATTRIBUTE_OUTSIDE_QUANTIFIER = "RULE_MEMBER_ATTRIBUTE_OUTSIDE_QUANTIFIER";
    /** line, column: a member quantifier inside another. */
    public static final String NESTED_QUANTIFIER = "RULE_NESTED_QUANTIFIER";
    /** line, column, attribute: a family attribute in a condition over one member (a component's member condition). */
    public static final String FAMILY_ATTRIBUTE_IN_MEMBER_CONDITION = "RULE_FAMILY_ATTRIBUTE_IN_MEMBER_CONDITION";
    /** line, column: a member quantifier in a condition over one member (it is about one member already). */
    public static final String QUANTIFIER_IN_MEMBER_CONDITION = "RULE_QUANTIFIER_IN_MEMBER_CONDITION";

    private RuleCodes() {
    }
}
