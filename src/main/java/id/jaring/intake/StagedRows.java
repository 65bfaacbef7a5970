package id.jaring.intake;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.jaring.registry.Disability;
import id.jaring.registry.IncomingPerson;
import id.jaring.registry.MaritalStatus;
import id.jaring.registry.Relationship;
import id.jaring.registry.SchoolEnrolment;
import id.jaring.registry.Sex;

/**
 * The batch's valid rows (no ERROR issue), read from staging in pages of {@value #PAGE} by row
 * number: bounded memory, and each page is read only when the consumer needs it, so the reads
 * never overlap the consumer's COPY on the same connection.
 */
final class StagedRows implements Iterator<IncomingPerson> {

    static final int PAGE = 20_000;

    private static final String PAGE_SQL = """
            select * from import_person_row s
            where s.batch_id = :batch and s.row_number > :after
            order by s.row_number limit :page
            """;

    private final JdbcClient jdbc;
    private final long batchId;
    private final ArrayDeque<IncomingPerson> buffer = new ArrayDeque<>(PAGE);
    /** Rejected rows (an ERROR issue), sorted: read once, so that pages need no anti-join. */
    private final long[] rejected;
    private long after;
    private boolean exhausted;

    StagedRows(JdbcClient jdbc, long batchId) {
        this.jdbc = jdbc;
        this.batchId = batchId;
        this.rejected = jdbc.sql("""
                select distinct row_number from import_issue where batch_id = :batch and severity = 'ERROR'
                order by row_number""").param("batch", batchId).query(Long.class).list()
                .stream().mapToLong(Long::longValue).toArray();
    }

    @Override
    public boolean hasNext() {
        while (buffer.isEmpty() && !exhausted) {
            var page = jdbc.sql(PAGE_SQL).param("batch", batchId).param("after", after).param("page", PAGE)
                    .query((rs, i) -> new IncomingPerson(rs.getLong("row_number"), rs.getString("record_id"),
                            rs.getString("nik"), rs.getString("no_kk"), rs.getString("nama"),
                            en(Sex.class, rs.getString("jenis_kelamin")), rs.getString("tempat_lahir"),
                            date(rs.getString("tanggal_lahir")), relationship(rs.getString("hubungan_keluarga")),
                            rs.getString("nama_ibu_kandung"), rs.getString("alamat"), rs.getString("rt"),
                            rs.getString("rw"), rs.getString("kode_wilayah"),
                            en(SchoolEnrolment.class, rs.getString("jenjang_sekolah")),
                            rs.getString("hamil") == null ? null : Boolean.valueOf(rs.getString("hamil")),
                            date(rs.getString("hpl")), en(Disability.class, rs.getString("disabilitas")),
                            rs.getString("pekerjaan"),
                            rs.getString("penghasilan_bulanan") == null ? null : Long.valueOf(rs.getString("penghasilan_bulanan")),
                            en(MaritalStatus.class, rs.getString("status_kawin")), rs.getString("extra")))
                    .list();
            for (IncomingPerson row : page) {
                if (java.util.Arrays.binarySearch(rejected, row.rowNumber()) < 0) {
                    buffer.add(row);
                }
            }
            exhausted = page.size() < PAGE;
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).rowNumber();
            }
        }
        return !buffer.isEmpty();
    }

    @Override
    public IncomingPerson next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return buffer.poll();
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static Relationship relationship(String label) {
        return label == null ? null : Relationship.fromLabel(label);
    }

    private static <E extends Enum<E>> E en(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
