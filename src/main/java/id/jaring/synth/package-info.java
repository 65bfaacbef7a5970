/**
 * Synthetic but realistic population of Banten: families (KK) and people (NIK) spread over the
 * real region table, plus agency lists with the errors real agency data has, and the truth that
 * links them. Plain Java, deterministic for a seed, streaming (no one is kept in memory longer
 * than their family). Entry points: {@link id.jaring.synth.SyntheticPopulation} and the
 * {@code generate} subcommand ({@link id.jaring.synth.GenerateCommand}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Synthetic data")
package id.jaring.synth;
