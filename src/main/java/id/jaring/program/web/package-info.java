/**
 * Pages of the program module: programmes (list, page with components and quotas, forms) and
 * agencies. Controllers translate form records (strings as typed) to the module's API; every
 * rule, role check and audit event stays in the services.
 */
package id.jaring.program.web;
