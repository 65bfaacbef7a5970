package id.jaring.audit;

import java.util.Optional;

/**
 * Who reads the trail, as far as the trail needs to know: the kab/kota whose events the current
 * reader may see. The access module, which knows the users, provides it (audit cannot depend on
 * access: access records its own changes here).
 */
public interface AuditReaders {

    /** The current reader's kab/kota, or empty for a reader of the whole province. */
    Optional<String> kabKotaOfReader();
}
