package id.jaring.registry.web;

/** The family edit form: the version the user saw (hidden), the status and the family's fields. */
record HouseholdEditForm(Long version, String status, Boolean confirmWarnings, HouseholdForm household) {

    HouseholdEditForm {
        confirmWarnings = Boolean.TRUE.equals(confirmWarnings);
        household = household == null ? HouseholdForm.blank(null) : household;
    }
}
