package id.jaring.intake.file;

import java.util.Locale;

/** Turns what POI, the zip and the XML parser throw into the file layer's codes. */
final class XlsxProblems {

    private XlsxProblems() {
    }

    static FileProblem of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof FileProblem problem) {
                return problem;
            }
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb")) {
                return new FileProblem(FileProblem.FILE_ZIP_BOMB, "the workbook inflates beyond the limits", failure);
            }
            if (message.contains("doctype") || message.contains("dtd") || message.contains("external entit")
                    || message.contains("entity expansion") || message.contains("but not declared")) {
                return new FileProblem(FileProblem.FILE_XML_UNSAFE, "a DOCTYPE or entity in a workbook part", failure);
            }
        }
        return new FileProblem(FileProblem.FILE_CORRUPT, "a damaged workbook: " + failure.getClass().getSimpleName(),
                failure);
    }
}
