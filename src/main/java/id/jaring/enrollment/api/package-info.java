/** REST API of enrolment under {@code /api/v1/enrolments}: propose, approve, reject, list. */
package id.jaring.enrollment.api;
