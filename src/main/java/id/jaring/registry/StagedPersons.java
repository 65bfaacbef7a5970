package id.jaring.registry;

import java.util.Map;

/**
 * A batch's validated person rows as a SELECT over the caller's own staging table, for
 * {@link RegistryBatchMerge#merge(BatchMerge, StagedPersons, java.util.function.Consumer)}: the
 * rows move inside the database, in the merge's transaction. The same rules as for
 * {@link IncomingPerson} hold: values normalised (NIK and No. KK 16 digits or null, desa code
 * dotted, dates ISO, codes as the registry's enums name them), each NIK and record id at most once.
 *
 * @param select a SELECT (text from code, never from a user) whose columns are {@link #COLUMNS}
 *        in that order and types (tanggal_lahir and hpl date, hamil boolean, penghasilan_bulanan
 *        bigint, extra jsonb, the others text)
 * @param params its named parameters
 * @param linked whether the SELECT yields one more column after {@link #COLUMNS}:
 *        {@code linked_person_id} (bigint, nullable), the person a record linkage found for the
 *        row; used when neither the exact NIK nor the agency's record id finds one
 */
public record StagedPersons(String select, Map<String, ?> params, boolean linked) {

    /** The columns the SELECT yields, in order. */
    public static final String COLUMNS = "row_number, record_id, nik, no_kk, nama, jenis_kelamin, tempat_lahir, "
            + "tanggal_lahir, hubungan_keluarga, nama_ibu_kandung, alamat, rt, rw, desa_code, jenjang_sekolah, hamil, "
            + "hpl, disabilitas, pekerjaan, penghasilan_bulanan, status_kawin, extra";

    /** The column a linked SELECT yields after {@link #COLUMNS}. */
    public static final String LINKED_COLUMN = "linked_person_id";

    public StagedPersons {
        params = Map.copyOf(params);
    }

    public StagedPersons(String select, Map<String, ?> params) {
        this(select, params, false);
    }
}
