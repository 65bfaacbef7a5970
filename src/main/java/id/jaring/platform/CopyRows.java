package id.jaring.platform;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;

/**
 * Builds the rows of a PostgreSQL {@code COPY ... FROM STDIN (FORMAT csv)} and sends them: an
 * unquoted empty field is NULL, every text is quoted (so an empty text stays empty), quotes are
 * doubled. Sent on the connection of the caller's transaction, so the rows commit or roll back
 * with it.
 */
public final class CopyRows {

    private final StringBuilder text = new StringBuilder(1 << 16);
    private boolean lineStart = true;
    private int rows;

    public CopyRows value(Object value) {
        if (!lineStart) {
            text.append(',');
        }
        lineStart = false;
        if (value == null) {
            return this;
        }
        if (value instanceof String s) {
            text.append('"').append(s.replace("\"", "\"\"")).append('"');
        } else if (value instanceof Enum<?> e) {
            text.append(e.name());
        } else if (value instanceof Boolean b) {
            text.append(b ? 't' : 'f');
        } else if (value instanceof LocalDate || value instanceof Number) {
            text.append(value);
        } else {
            throw new IllegalArgumentException("no COPY form for " + value.getClass());
        }
        return this;
    }

    public CopyRows endRow() {
        text.append('\n');
        lineStart = true;
        rows++;
        return this;
    }

    public int rows() {
        return rows;
    }

    /**
     * Sends the rows with {@code copyStatement} ({@code copy T (columns) from stdin (format csv)})
     * and empties the buffer; nothing is sent when there is no row. SQL errors are translated as
     * JdbcClient would (a broken unique index becomes a DuplicateKeyException, and so on).
     */
    public void copyInto(DataSource dataSource, String copyStatement) {
        if (rows == 0) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copyStatement, new StringReader(text.toString()));
        } catch (SQLException e) {
            RuntimeException translated = new SQLStateSQLExceptionTranslator().translate("COPY", null, e);
            throw translated != null ? translated : new IllegalStateException("COPY failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException("COPY failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        text.setLength(0);
        rows = 0;
        lineStart = true;
    }
}
