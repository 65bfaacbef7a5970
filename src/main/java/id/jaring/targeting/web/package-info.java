/** The rule editor page: check, preview and "why" for one family. */
package id.jaring.targeting.web;
