/**
 * Benchmarks of the speed targets, as a subcommand ({@code java -jar jaring.jar bench registry}):
 * starts the application without its web server on an embedded PostgreSQL of its own, loads a
 * synthetic population once, and times the registry's searches, lists and counts. The project
 * checks speed here (and with JMH later), never with timed unit tests; results go to
 * docs/BENCHMARKS.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Benchmarks")
package id.jaring.bench;
