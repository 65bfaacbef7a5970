/**
 * The registry's web pages (Thymeleaf + htmx): region browser with counts, family list,
 * registration and edit forms, family and person pages, change history and search. Controllers
 * only translate between form records (strings, as typed) and the registry's public API; every
 * rule, scope check and audit event stays in the services.
 */
package id.jaring.registry.web;
