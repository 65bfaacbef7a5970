package id.jaring.registry.web;

import java.util.ArrayList;
import java.util.List;

/** The registration form: a family and its member rows, as typed. */
record RegisterForm(HouseholdForm household, List<MemberForm> members, String since, Boolean confirmWarnings) {

    RegisterForm {
        confirmWarnings = Boolean.TRUE.equals(confirmWarnings);
        household = household == null ? HouseholdForm.blank(null) : household;
        members = members == null ? List.of() : members.stream().map(m -> m == null ? MemberForm.blank() : m).toList();
    }

    /** A fresh form: one row for the head of the family and one more. */
    static RegisterForm start(String desaCode) {
        return new RegisterForm(HouseholdForm.blank(desaCode), List.of(MemberForm.head(), MemberForm.blank()), null,
                false);
    }

    RegisterForm withExtraRow() {
        List<MemberForm> rows = new ArrayList<>(members);
        rows.add(MemberForm.blank());
        return new RegisterForm(household, rows, since, false);
    }

    RegisterForm withoutRow(int index) {
        List<MemberForm> rows = new ArrayList<>(members);
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
        return new RegisterForm(household, rows, since, false);
    }

    /** Rows with something typed in, so that the service's row numbers match the rows shown. */
    RegisterForm withoutBlankRows() {
        List<MemberForm> rows = members.stream().filter(m -> !m.isBlank()).toList();
        return new RegisterForm(household, rows.isEmpty() ? List.of(MemberForm.head()) : rows, since, confirmWarnings);
    }
}
