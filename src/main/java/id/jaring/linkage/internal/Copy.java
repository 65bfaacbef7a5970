package id.jaring.linkage.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;

/**
 * COPY ... FROM STDIN (format csv) on the transaction's connection. Values are numbers or
 * quoted texts; an unquoted empty field is NULL.
 */
final class Copy {

    private final StringBuilder text = new StringBuilder(1 << 16);
    private boolean lineStart = true;
    private int rows;

    Copy number(long value) {
        separator();
        text.append(value);
        return this;
    }

    Copy decimal(double value) {
        separator();
        text.append((float) value);
        return this;
    }

    Copy text(String value) {
        separator();
        if (value != null) {
            text.append('"').append(value.replace("\"", "\"\"")).append('"');
        }
        return this;
    }

    Copy endRow() {
        text.append('\n');
        lineStart = true;
        rows++;
        return this;
    }

    int rows() {
        return rows;
    }

    private void separator() {
        if (!lineStart) {
            text.append(',');
        }
        lineStart = false;
    }

    /** Sends the rows and empties the buffer. */
    void into(DataSource dataSource, String table, String columns) {
        if (rows == 0) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + table + " (" + columns + ") from stdin (format csv)", new StringReader(text.toString()));
        } catch (SQLException e) {
            RuntimeException translated = new SQLStateSQLExceptionTranslator().translate("linkage COPY", null, e);
            throw translated != null ? translated : new IllegalStateException("linkage COPY failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        text.setLength(0);
        rows = 0;
        lineStart = true;
    }
}
