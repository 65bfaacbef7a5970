package id.jaring.linkage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import id.jaring.linkage.engine.FellegiSunter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fitted Fellegi-Sunter parameters of a model, kept in a file: incremental linkage (one intake
 * batch against the registry) compares too few pairs to fit them itself, so it scores with the
 * parameters a full {@code link} run fitted without labels ({@code link --save-parameters FILE}).
 * The thresholds stay the model's probability bands, turned into weights with the saved prior.
 *
 * @param model        the model's name
 * @param m            m[comparison][level] (level 0 = a value missing)
 * @param u            u[comparison][level]
 * @param priorLogOdds log2 of the prior odds that two records match
 * @param fittedOn     what the parameters were fitted on (free text, for people)
 */
public record LinkageParameters(String model, double[][] m, double[][] u, double priorLogOdds, String fittedOn) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static LinkageParameters of(LinkageModel model, FellegiSunter.Fit fit, String fittedOn) {
        return new LinkageParameters(model.name(), fit.m(), fit.u(), fit.priorLogOdds(), fittedOn);
    }

    /** The parameters as the engine's fit (weights log2(m/u); EM fields empty). */
    public FellegiSunter.Fit toFit() {
        double[][] weight = new double[m.length][];
        for (int c = 0; c < m.length; c++) {
            weight[c] = new double[m[c].length];
            for (int l = 1; l < m[c].length; l++) {
                weight[c][l] = Math.log(m[c][l] / u[c][l]) / Math.log(2);
            }
        }
        return new FellegiSunter.Fit(Double.NaN, m, u, u, u, weight, priorLogOdds, 0);
    }

    public void write(Path file) {
        try {
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parameters shipped with Jaring for a built-in model ({@code /linkage/<name>-parameters.json}). */
    public static LinkageParameters builtIn(String name) {
        String resource = "/linkage/" + name + "-parameters.json";
        try (InputStream in = LinkageParameters.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no shipped parameters for model '" + name + "'");
            }
            return JSON.readValue(in, LinkageParameters.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
