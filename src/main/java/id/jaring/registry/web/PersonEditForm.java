package id.jaring.registry.web;

/** The person edit form: the version the user saw (hidden) and the person's fields ({@code person.nik}). */
record PersonEditForm(Long version, Boolean confirmWarnings, MemberForm person) {

    PersonEditForm {
        confirmWarnings = Boolean.TRUE.equals(confirmWarnings);
        person = person == null ? MemberForm.blank() : person;
    }
}
