package id.jaring.intake.file.mapping;

/**
 * What the file layer proposes for one column of an agency's header.
 *
 * @param index the column's 0-based position
 * @param source the header cell as written
 * @param canonical the proposed canonical column ({@link ColumnNames#ALL}), or null: keep the
 *        column as a source attribute of the record
 * @param confidence 1.0 for a saved choice or a canonical name, 0.95 for a known synonym, below
 *        0.9 for a fuzzy guess the operator should look at, 0 when kept as a source attribute
 * @param basis why
 * @param duplicate whether another column proposes the same canonical column (the operator must
 *        choose; the pipeline must not take both)
 */
public record ColumnProposal(int index, String source, String canonical, double confidence, Basis basis,
        boolean duplicate) {

    public enum Basis {
        /** The agency's saved mapping named it (to a column, or to be kept). */
        SAVED,
        /** The header is a canonical name (case, spaces, dots, underscores, accents aside). */
        CANONICAL,
        /** The header is a known synonym (NAMA_LENGKAP, NO_NIK, TGL_LAHIR, JK, KD_DESA, ...). */
        SYNONYM,
        /** The header is close to a canonical name or synonym (a typo, an abbreviation). */
        FUZZY,
        /** Nothing known: kept as a source attribute. */
        NONE
    }

    public boolean keepAsSourceAttribute() {
        return canonical == null;
    }

    ColumnProposal asDuplicate() {
        return new ColumnProposal(index, source, canonical, confidence, basis, true);
    }
}
