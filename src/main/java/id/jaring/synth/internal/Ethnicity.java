package id.jaring.synth.internal;

/** The naming tradition a family's names are drawn from. */
public enum Ethnicity {
    SUNDA, JAWA, BETAWI, CHINESE
}
