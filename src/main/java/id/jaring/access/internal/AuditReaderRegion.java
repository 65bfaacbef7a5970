package id.jaring.access.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

import id.jaring.access.CurrentUsers;
import id.jaring.audit.AuditReaders;

/** The audit trail's reader is scoped like every other reader: by the kab/kota of their region. */
@Component
class AuditReaderRegion implements AuditReaders {

    private final CurrentUsers users;

    AuditReaderRegion(CurrentUsers users) {
        this.users = users;
    }

    @Override
    public Optional<String> kabKotaOfReader() {
        return Optional.ofNullable(users.current().scope().kabKotaCode());
    }
}
