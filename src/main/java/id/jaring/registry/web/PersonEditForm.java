package id.jaring.registry.web;

/** The person edit form: the version the user saw (hidden) and the person's fields ({@code person.nik}). */
record PersonEditForm(Long version, boolean confirmWarnings, MemberForm person) {

    PersonEditForm {
        person = person == null ? MemberForm.blank() : person;
    }
}
