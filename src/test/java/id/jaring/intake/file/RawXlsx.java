package id.jaring.intake.file;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A minimal XLSX written part by part, for what POI's writers will not produce: cached formula
 * values, the 1904 date system, a DOCTYPE, a zip bomb. Style 1 is a date (numFmtId 14), style 2 a
 * custom date format, style 3 a plain number with grouping. Public for the intake's pipeline
 * tests, which send the same zip bomb through the upload.
 */
public final class RawXlsx {

    public static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private String sheetXml;
    private String sharedStringsXml;
    private boolean date1904;

    /**
     * Writes a zip bomb: a workbook under 1 MB whose sheet inflates to about {@code megabytes} MB,
     * all of it '0' in one inline-string cell of row {@code bombRow}, after {@code rowsBefore}
     * (sheetData row elements, e.g. a header row).
     */
    public static void writeZipBomb(OutputStream out, String rowsBefore, int bombRow, int megabytes) throws IOException {
        byte[] zeros = new byte[1 << 20];
        java.util.Arrays.fill(zeros, (byte) '0');
        sheet("").write(out, zip -> {
            zip.write(("<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rowsBefore + "<row r=\"" + bombRow
                    + "\"><c t=\"inlineStr\"><is><t>").getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros); // '0' deflates about 1000:1
            }
            zip.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
    }

    static RawXlsx sheet(String sheetDataRows) {
        RawXlsx x = new RawXlsx();
        x.sheetXml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN
                + "\"><sheetData>" + sheetDataRows + "</sheetData></worksheet>";
        return x;
    }

    static RawXlsx rawSheet(String sheetXml) {
        RawXlsx x = new RawXlsx();
        x.sheetXml = sheetXml;
        return x;
    }

    RawXlsx sharedStrings(String xml) {
        this.sharedStringsXml = xml;
        return this;
    }

    RawXlsx date1904() {
        this.date1904 = true;
        return this;
    }

    Path write(Path dir) throws IOException {
        Path f = Files.createTempFile(dir, "raw", ".xlsx");
        try (OutputStream out = Files.newOutputStream(f)) {
            write(out, null);
        }
        return f;
    }

    /** Writes the workbook; a non-null sheetBody streams the sheet part itself (zip bombs). */
    void write(OutputStream out, SheetBody sheetBody) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
                """ + (sharedStringsXml == null ? "" : """
                <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
                """) + "</Types>");
        parts.put("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                </Relationships>""");
        parts.put("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                %s<sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>"""
                .formatted(MAIN, date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>"));
        parts.put("xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
                """ + (sharedStringsXml == null ? "" : """
                <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
                """) + "</Relationships>");
        parts.put("xl/styles.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <styleSheet xmlns="%s">
                <numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0"/></numFmts>
                <fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
                <fills count="1"><fill><patternFill patternType="none"/></fill></fills>
                <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
                <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
                <cellXfs count="4">
                <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
                <xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
                <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
                <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
                </cellXfs></styleSheet>""".formatted(MAIN));
        if (sharedStringsXml != null) {
            parts.put("xl/sharedStrings.xml", sharedStringsXml);
        }
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            if (sheetBody == null) {
                zip.write(sheetXml.getBytes(StandardCharsets.UTF_8));
            } else {
                sheetBody.write(zip);
            }
            zip.closeEntry();
        }
    }

    interface SheetBody {
        void write(OutputStream out) throws IOException;
    }
}
