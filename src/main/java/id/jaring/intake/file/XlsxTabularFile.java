package id.jaring.intake.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * The first sheet of an XLSX, streamed: POI's {@link XSSFReader} opens the package and hands out
 * the parts; the sheet XML is pulled row by row ({@link SheetRows}) so that {@link #next()} can
 * return one row at a time. Never a whole {@code XSSFWorkbook}: memory holds the shared strings,
 * the styles and one row.
 *
 * <p>Zip bombs: POI's {@link ZipSecureFile} checks every part's inflated size and compression
 * ratio against {@link FileLimits} (process-wide settings: every intake uses the same limits), and
 * an {@link InflationBudget} caps the bytes inflated from all parts together.
 */
final class XlsxTabularFile implements TabularFile {

    private final OPCPackage pkg;
    private final InputStream sheet;
    private final XMLStreamReader xml;
    private final SheetRows rows;
    private final RowShaper shaper;
    private final FileFacts facts;
    private final List<String> header;

    private XlsxTabularFile(OPCPackage pkg, InputStream sheet, XMLStreamReader xml, SheetRows rows, RowShaper shaper,
            boolean date1904) {
        this.pkg = pkg;
        this.sheet = sheet;
        this.xml = xml;
        this.rows = rows;
        this.shaper = shaper;
        this.facts = new FileFacts(Format.XLSX, null, (char) 0, false, date1904);
        this.header = readHeader();
    }

    static TabularFile open(Path file, FileLimits limits) {
        guardZip(limits);
        OPCPackage pkg = null;
        InputStream sheet = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            InflationBudget budget = new InflationBudget(limits.maxUncompressedBytes());
            XSSFReader reader = new XSSFReader(pkg);
            boolean date1904;
            try (InputStream workbook = budget.count(reader.getWorkbookData())) {
                date1904 = XmlParts.date1904(workbook);
            }
            String[] sharedStrings = sharedStrings(pkg, reader, budget);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new FileProblem(FileProblem.FILE_NO_HEADER, "a workbook without sheets");
            }
            sheet = budget.count(sheets.next());
            XMLStreamReader xml = XmlParts.open(sheet);
            SheetRows rows = new SheetRows(xml, sharedStrings, DateStyles.of(styles), date1904);
            return new XlsxTabularFile(pkg, sheet, xml, rows, new RowShaper(limits.maxRows()), date1904);
        } catch (IOException | OpenXML4JException | XMLStreamException | RuntimeException e) {
            closeQuietly(sheet);
            if (pkg != null) {
                pkg.revert();
            }
            throw XlsxProblems.of(e);
        }
    }

    private static synchronized void guardZip(FileLimits limits) {
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(Math.min(limits.maxUncompressedBytes(), 0xFFFF_FFFFL));
    }

    private static String[] sharedStrings(OPCPackage pkg, XSSFReader reader, InflationBudget budget)
            throws IOException, OpenXML4JException, XMLStreamException {
        if (pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType()).isEmpty()) {
            return new String[0];
        }
        try (InputStream in = budget.count(reader.getSharedStringsData())) {
            return XmlParts.sharedStrings(in);
        }
    }

    @Override
    public FileFacts facts() {
        return facts;
    }

    @Override
    public List<String> header() {
        return header;
    }

    private List<String> readHeader() {
        return shaper.header(this::read, this::close, "the first sheet has no rows");
    }

    @Override
    public Row next() {
        return shaper.next(this::read);
    }

    private SheetRows.Raw read() {
        try {
            return rows.next();
        } catch (XMLStreamException | RuntimeException e) {
            throw XlsxProblems.of(e);
        }
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // only read: nothing to save
        }
        closeQuietly(sheet);
        pkg.revert(); // read-only package: close without saving
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                // only read: nothing to save
            }
        }
    }
}
