/**
 * Demo data: with {@code --demo}, the first start fills the registry with a synthetic Banten
 * population (from {@code synth}), ranks it (targeting) and gives the preloaded programmes a rule
 * when they lack one (program), and creates one demo user per role. Also turns synthetic
 * families into registry bulk-load families for the benchmarks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package id.jaring.demo;
