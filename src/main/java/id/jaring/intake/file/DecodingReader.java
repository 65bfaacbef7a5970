package id.jaring.intake.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes strictly and hands out every character before a bad byte before it reports the bad byte
 * ({@link java.io.InputStreamReader} drops the characters of the batch it fails in), so that the
 * parser knows the exact line of an encoding error.
 */
final class DecodingReader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private CoderResult pendingError;
    private boolean endOfInput;
    private boolean flushed;

    DecodingReader(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        while (out.position() == off) {
            if (pendingError != null) {
                pendingError.throwException();
            }
            if (flushed) {
                return -1;
            }
            if (!bytes.hasRemaining() && !endOfInput) {
                refill();
            }
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                pendingError = result; // reported on the next call if characters came before it
            } else if (result.isUnderflow() && endOfInput) {
                decoder.flush(out);
                flushed = true;
            } else if (result.isUnderflow()) {
                refill();
            }
        }
        return out.position() - off;
    }

    private void refill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
