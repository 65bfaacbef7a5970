package id.jaring.synth.internal;

/**
 * How often an agency's records carry each kind of error (shares of records, before the
 * settings' error scale is applied).
 *
 * @param typo            a typing error in the name (and, as often, in the mother's name and birth place)
 * @param nameVariant     a spelling variant of the name (titles, MUHAMMAD/M., abbreviations, old spelling)
 * @param caseSpacing     case or spacing noise in the name
 * @param nikMissing      NIK left empty
 * @param nikError        NIK with one wrong digit or two swapped digits
 * @param kkChanged       family known by an older No. KK and address (moved since); decided per family
 * @param kkMissing       No. KK left empty
 * @param dateOtherFormat birth date in another format than the file's usual one
 * @param dateSwap        day and month swapped (where both are 12 or less)
 * @param formatMix       sex, RT/RW padding, region code form or address prefix written another way
 * @param optionalEmpty   each optional field (mother's name, birth place, relationship, address, RT/RW, programme columns) left empty
 * @param duplicate       the person listed twice in the file
 */
public record ErrorProfile(double typo, double nameVariant, double caseSpacing, double nikMissing, double nikError,
        double kkChanged, double kkMissing, double dateOtherFormat, double dateSwap, double formatMix,
        double optionalEmpty, double duplicate) {

    public ErrorProfile scaled(double factor) {
        return new ErrorProfile(cap(typo * factor), cap(nameVariant * factor), cap(caseSpacing * factor),
                cap(nikMissing * factor), cap(nikError * factor), cap(kkChanged * factor), cap(kkMissing * factor),
                cap(dateOtherFormat * factor), cap(dateSwap * factor), cap(formatMix * factor),
                cap(optionalEmpty * factor), cap(duplicate * factor));
    }

    private static double cap(double rate) {
        return Math.min(1, rate);
    }
}
