package id.jaring.reporting;

import java.io.OutputStream;
import java.util.Locale;

import id.jaring.platform.TableExport;

/**
 * An export of families whose access checks have passed ({@link CoverageFamilies#export}), ready to
 * stream: callers set the response headers only once they hold one, so that a refusal still answers
 * as an error.
 */
interface FamilyExport {

    /** A file name without extension: the programme's code and the category. */
    String baseName();

    /** Streams the families into {@code out}; audited. @return the number of families written */
    long writeTo(TableExport.Format format, OutputStream out, Locale locale);
}
