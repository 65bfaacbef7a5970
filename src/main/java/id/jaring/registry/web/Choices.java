package id.jaring.registry.web;

import java.util.Arrays;
import java.util.List;

import id.jaring.registry.Disability;
import id.jaring.registry.Education;
import id.jaring.registry.HouseholdStatus;
import id.jaring.registry.MaritalStatus;
import id.jaring.registry.MembershipEnd;
import id.jaring.registry.Relationship;
import id.jaring.registry.SchoolEnrolment;
import id.jaring.registry.Sex;
import id.jaring.registry.Welfare;

/**
 * The options of the forms' selects. Values are the enum names the forms send back; labels are
 * the Indonesian terms of the KK and the survey instruments, which the users know in both
 * languages (only jenis kelamin gets a translated label, in the templates).
 */
final class Choices {

    /** One option of a select. */
    record Option(String value, String label) {
    }

    static final Choices INSTANCE = new Choices();

    public List<Option> relationships() {
        return Arrays.stream(Relationship.values()).map(r -> new Option(r.name(), r.label())).toList();
    }

    public List<Option> sexes() {
        return of(Sex.values());
    }

    public List<Option> educations() {
        return of(Education.values());
    }

    public List<Option> schools() {
        return of(SchoolEnrolment.values());
    }

    public List<Option> maritals() {
        return of(MaritalStatus.values());
    }

    public List<Option> disabilities() {
        return of(Disability.values());
    }

    public List<Option> statuses() {
        return of(HouseholdStatus.values());
    }

    public List<Option> ends() {
        return of(MembershipEnd.values());
    }

    public List<Option> tenures() {
        return of(Welfare.Tenure.values());
    }

    public List<Option> floors() {
        return of(Welfare.Floor.values());
    }

    public List<Option> walls() {
        return of(Welfare.Wall.values());
    }

    public List<Option> roofs() {
        return of(Welfare.Roof.values());
    }

    public List<Option> waters() {
        return of(Welfare.WaterSource.values());
    }

    public List<Option> lightings() {
        return of(Welfare.Lighting.values());
    }

    public List<Option> fuels() {
        return of(Welfare.CookingFuel.values());
    }

    public List<Option> toilets() {
        return of(Welfare.Toilet.values());
    }

    /** {@link #show} for templates. */
    public String label(Object value) {
        return show(value);
    }

    /** An enum constant as shown: {@code GAS_ELPIJI_3KG} reads "GAS ELPIJI 3KG". */
    public static String show(Object value) {
        return value == null ? "" : value.toString().replace('_', ' ');
    }

    private static List<Option> of(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> new Option(v.name(), show(v.name()))).toList();
    }
}
