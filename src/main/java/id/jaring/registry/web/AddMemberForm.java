package id.jaring.registry.web;

/**
 * Adding a member: either the NIK of someone already registered (who moves in) or a new
 * person's fields ({@code newPerson.nik}); {@code mode} says which ("existing" or "new").
 */
record AddMemberForm(String mode, String hubungan, String existingNik, String since, Boolean confirmWarnings,
        MemberForm newPerson) {

    AddMemberForm {
        confirmWarnings = Boolean.TRUE.equals(confirmWarnings);
        newPerson = newPerson == null ? MemberForm.blank() : newPerson;
        mode = "existing".equals(mode) ? "existing" : "new";
    }
}
