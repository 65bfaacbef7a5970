package id.jaring.intake.file;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.util.XMLHelper;

/**
 * Pull-parsing of workbook XML parts with POI's hardened StAX factory (no DTD support, no external
 * entities), refusing any part that carries a DOCTYPE at all: a spreadsheet never needs one, and
 * it is how entity expansion and external entity tricks start.
 */
final class XmlParts {

    private static final XMLInputFactory FACTORY = XMLHelper.newXMLInputFactory();

    private XmlParts() {
    }

    static XMLStreamReader open(InputStream in) {
        try {
            return FACTORY.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw XlsxProblems.of(e);
        }
    }

    /** The next event; a DOCTYPE is {@code FILE_XML_UNSAFE}. */
    static int next(XMLStreamReader xml) throws XMLStreamException {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new FileProblem(FileProblem.FILE_XML_UNSAFE, "a DOCTYPE or entity in a workbook part");
        }
        return event;
    }

    /** Skips the element the reader is on, with everything inside it. */
    static void skipElement(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = next(xml);
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /**
     * The text of a string item ({@code <si>} or {@code <is>}, which the reader is on): its
     * {@code <t>} elements, plain or in rich-text runs, without phonetic guides ({@code <rPh>}).
     */
    static String stringItem(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = next(xml);
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if ("t".equals(name)) {
                    text.append(xml.getElementText());
                } else if ("rPh".equals(name)) {
                    skipElement(xml);
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return text.toString();
    }

    /** All shared strings, in order (the part is small next to the sheet; cells refer to it by index). */
    static String[] sharedStrings(InputStream in) throws XMLStreamException {
        XMLStreamReader xml = open(in);
        try {
            List<String> strings = new ArrayList<>();
            while (xml.hasNext()) {
                if (next(xml) == XMLStreamConstants.START_ELEMENT && "si".equals(xml.getLocalName())) {
                    strings.add(stringItem(xml));
                }
            }
            return strings.toArray(String[]::new);
        } finally {
            xml.close();
        }
    }

    /** Whether the workbook counts dates from 1904 ({@code <workbookPr date1904="1"/>}). */
    static boolean date1904(InputStream workbook) throws XMLStreamException {
        XMLStreamReader xml = open(workbook);
        try {
            while (xml.hasNext()) {
                if (next(xml) == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if ("workbookPr".equals(name)) {
                        String v = xml.getAttributeValue(null, "date1904");
                        return "1".equals(v) || "true".equalsIgnoreCase(v);
                    }
                    if ("sheets".equals(name)) {
                        return false;
                    }
                }
            }
            return false;
        } finally {
            xml.close();
        }
    }
}
