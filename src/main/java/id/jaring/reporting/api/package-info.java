/** REST API of the reports under {@code /api/v1/reports}: coverage per programme, its families, complementarity, exports. */
package id.jaring.reporting.api;
