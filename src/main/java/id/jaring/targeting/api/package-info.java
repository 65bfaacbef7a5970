/** REST API of the rule language under /api/v1/targeting/rules. */
package id.jaring.targeting.api;
