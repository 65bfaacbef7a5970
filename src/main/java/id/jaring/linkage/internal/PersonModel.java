package id.jaring.linkage.internal;

import org.springframework.stereotype.Component;

import id.jaring.linkage.LinkageModel;
import id.jaring.linkage.LinkageParameters;
import id.jaring.linkage.engine.FellegiSunter;

/**
 * The person model intake batches are linked with, its shipped parameters (fitted without labels
 * by a full {@code link} run, see {@link LinkageParameters}) and the weights of the model's
 * probability bands: from {@link #sureWeight()} a row is linked, from {@link #doubtfulWeight()} it
 * goes to review.
 */
@Component
public class PersonModel {

    private final LinkageModel model = LinkageModel.builtIn("person");
    private final FellegiSunter.Fit fit = LinkageParameters.builtIn("person").toFit();

    public LinkageModel model() {
        return model;
    }

    public FellegiSunter.Fit fit() {
        return fit;
    }

    public double sureWeight() {
        return fit.weightFor(model.thresholds().sureMatch());
    }

    public double doubtfulWeight() {
        return fit.weightFor(model.thresholds().sureNonMatch());
    }

    /** The weight of comparison k at a level (0 for a missing value). */
    public double weight(int k, int level) {
        return fit.weight()[k][level];
    }
}
