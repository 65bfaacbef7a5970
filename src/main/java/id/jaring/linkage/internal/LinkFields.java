package id.jaring.linkage.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import id.jaring.linkage.LinkageModel;

/**
 * The person model's fields read from SQL rows whose columns are named as the model's columns
 * (nik, nama, tanggal_lahir, jenis_kelamin, nama_ibu_kandung, no_kk, kode_wilayah, alamat,
 * tempat_lahir, hubungan_keluarga), the same for registry persons and batch rows, so that both
 * go through the engine's one standardisation.
 */
final class LinkFields {

    /**
     * A registry person's current values as the model reads them: the golden values, the desa of
     * the person and No. KK, address and relationship of their current family.
     */
    static final String PERSON_COLUMNS = """
            p.id, p.version, p.merged_into, p.nik, p.nama, p.tanggal_lahir::text tanggal_lahir, p.jenis_kelamin,
            p.nama_ibu_kandung, h.no_kk, p.desa_code kode_wilayah, h.alamat, p.tempat_lahir, m.hubungan_keluarga
            """;

    static final String PERSON_JOINS = """
            left join household_member m on m.person_id = p.id and m.valid_to is null
            left join household h on h.id = m.household_id
            """;

    private final String[][] columns;

    LinkFields(LinkageModel model) {
        List<LinkageModel.Field> fields = model.fields();
        columns = new String[fields.size()][];
        for (int f = 0; f < columns.length; f++) {
            columns[f] = fields.get(f).columns().toArray(String[]::new);
        }
    }

    /** The raw text per model field of the result set's current row (columns joined by a space). */
    String[] raw(ResultSet rs) throws SQLException {
        String[] raw = new String[columns.length];
        for (int f = 0; f < columns.length; f++) {
            if (columns[f].length == 1) {
                raw[f] = rs.getString(columns[f][0]);
            } else {
                StringBuilder joined = new StringBuilder();
                for (String column : columns[f]) {
                    String v = rs.getString(column);
                    if (v != null) {
                        joined.append(joined.isEmpty() ? "" : " ").append(v);
                    }
                }
                raw[f] = joined.isEmpty() ? null : joined.toString();
            }
        }
        return raw;
    }
}
