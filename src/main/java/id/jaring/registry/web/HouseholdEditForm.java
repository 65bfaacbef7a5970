package id.jaring.registry.web;

/** The family edit form: the version the user saw (hidden), the status and the family's fields. */
record HouseholdEditForm(Long version, String status, boolean confirmWarnings, HouseholdForm household) {

    HouseholdEditForm {
        household = household == null ? HouseholdForm.blank(null) : household;
    }
}
