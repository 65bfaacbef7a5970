/**
 * Report pages: the programmes and complementarity across them, a programme's coverage per kab/kota,
 * and the families behind its exclusion and inclusion-error counts, with their downloads. Every
 * rule, scope check and audit event stays in the services.
 */
package id.jaring.reporting.web;
