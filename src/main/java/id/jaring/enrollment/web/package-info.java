/**
 * Enrolment pages: proposals waiting for a second user and the KPM list per programme and kab/kota,
 * and the "usulkan" (propose) form. Every rule, scope check and audit event stays in the services.
 */
package id.jaring.enrollment.web;
