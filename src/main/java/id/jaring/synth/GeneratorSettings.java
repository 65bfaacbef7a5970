package id.jaring.synth;

import java.time.LocalDate;

/**
 * What to generate.
 *
 * @param persons       exact number of people (the last family is cut short to hit it); 1 to 20,000,000
 * @param sources       number of agency files (0 to {@link #MAX_SOURCES}); does not change the families
 * @param seed          same seed and settings give the same families and the same bytes
 * @param referenceDate the "today" of the data: ages, school, pregnancies and KK issue dates are relative to it
 * @param errorScale    multiplies every agency error rate (0 = agency files without injected errors, 1 = realistic)
 */
public record GeneratorSettings(long persons, int sources, long seed, LocalDate referenceDate, double errorScale) {

    public static final long MAX_PERSONS = 20_000_000L;
    public static final int MAX_SOURCES = 14;
    public static final int DEFAULT_SOURCES = 6;
    public static final long DEFAULT_SEED = 20260101L;
    public static final LocalDate DEFAULT_REFERENCE_DATE = LocalDate.of(2026, 1, 1);

    public GeneratorSettings {
        if (persons < 1 || persons > MAX_PERSONS) {
            throw new IllegalArgumentException("persons must be between 1 and " + MAX_PERSONS);
        }
        if (sources < 0 || sources > MAX_SOURCES) {
            throw new IllegalArgumentException("sources must be between 0 and " + MAX_SOURCES);
        }
        if (referenceDate == null || referenceDate.getYear() < 2010 || referenceDate.getYear() > 2090) {
            throw new IllegalArgumentException("reference date must be between 2010 and 2090");
        }
        if (!(errorScale >= 0 && errorScale <= 5)) {
            throw new IllegalArgumentException("error scale must be between 0 and 5");
        }
    }

    /** Defaults for everything but size and seed. */
    public static GeneratorSettings of(long persons, long seed) {
        return new GeneratorSettings(persons, DEFAULT_SOURCES, seed, DEFAULT_REFERENCE_DATE, 1.0);
    }

    public GeneratorSettings withSources(int count) {
        return new GeneratorSettings(persons, count, seed, referenceDate, errorScale);
    }

    public GeneratorSettings withErrorScale(double scale) {
        return new GeneratorSettings(persons, sources, seed, referenceDate, scale);
    }

    public GeneratorSettings withReferenceDate(LocalDate date) {
        return new GeneratorSettings(persons, sources, seed, date, errorScale);
    }
}
