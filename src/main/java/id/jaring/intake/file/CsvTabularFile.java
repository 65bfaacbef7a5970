package id.jaring.intake.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** A CSV read as a stream: encoding and delimiter detected on open, records parsed on demand. */
final class CsvTabularFile implements TabularFile {

    private static final int SAMPLE_CHARS = 1 << 16;

    private final Reader reader;
    private final CsvParser parser;
    private final FileFacts facts;
    private final RowShaper shaper;
    private final List<String> header;

    private CsvTabularFile(Reader reader, CsvParser parser, FileFacts facts, RowShaper shaper) {
        this.reader = reader;
        this.parser = parser;
        this.facts = facts;
        this.shaper = shaper;
        this.header = readHeader();
    }

    static TabularFile open(Path file, byte[] head, int headLength, String declaredEncoding, FileLimits limits)
            throws IOException {
        CsvEncoding encoding = CsvEncoding.of(file, head, headLength, declaredEncoding);
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(encoding.bomLength());
            Reader reader = new DecodingReader(in, encoding.charset());
            char[] sample = new char[SAMPLE_CHARS];
            int sampled = 0;
            int n = 0;
            try {
                while (sampled < sample.length && (n = reader.read(sample, sampled, sample.length - sampled)) >= 0) {
                    sampled += n;
                }
            } catch (CharacterCodingException e) {
                n = 0; // the parser meets the bad bytes again and reports their line
            }
            boolean complete = n < 0;
            char delimiter = DelimiterSniffer.sniff(sample, sampled, complete);
            CsvParser parser = new CsvParser(reader, delimiter, sample, sampled);
            FileFacts facts = new FileFacts(Format.CSV, encoding.charset().name(), delimiter,
                    encoding.bomLength() > 0, false);
            return new CsvTabularFile(reader, parser, facts, new RowShaper(limits.maxRows()));
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
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
        return shaper.header(this::raw, this::close, "no header row");
    }

    @Override
    public Row next() {
        return shaper.next(this::raw);
    }

    private SheetRows.Raw raw() {
        List<String> cells = parse();
        return cells == null ? null : new SheetRows.Raw(parser.recordLine(), cells, Set.of());
    }

    private List<String> parse() {
        try {
            return parser.next();
        } catch (CharacterCodingException e) {
            throw invalidBytes(e, parser.line(), facts.encoding());
        } catch (IOException e) {
            throw new FileProblem(FileProblem.FILE_UNREADABLE, "cannot read the file", e);
        }
    }

    private static FileProblem invalidBytes(CharacterCodingException e, long line, String charset) {
        return new FileProblem(FileProblem.FILE_ENCODING_INVALID, "bytes not valid in " + charset + " near line "
                + line, e, line, charset);
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // closing a file we only read: nothing to save
        }
    }
}
