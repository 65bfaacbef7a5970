package id.jaring.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScopeFilterTests {

    @Test
    void theProvinceIsNoCondition() {
        ScopeFilter f = ScopeFilter.of(Scope.PROVINCE, "h");
        assertThat(f.sql()).isEqualTo("true");
        assertThat(f.params()).isEmpty();
    }

    @Test
    void aKabKotaIsTheEqualityAndItsPrefix() {
        ScopeFilter f = ScopeFilter.of(new Scope(null, "36.02"), "h");
        assertThat(f.sql()).isEqualTo("h.kabkota_code = :scopeKab and h.desa_code like :scopeRegion");
        assertThat(f.params()).containsEntry("scopeKab", "36.02").containsEntry("scopeRegion", "36.02%");
    }

    @Test
    void aKecamatanOrDesaNarrowsTheKabKotaByPrefix() {
        ScopeFilter f = ScopeFilter.of(new Scope("DINSOS", "36.02.03.2002"), "p");
        assertThat(f.sql()).isEqualTo("p.kabkota_code = :scopeKab and p.desa_code like :scopeRegion");
        assertThat(f.params()).containsEntry("scopeKab", "36.02").containsEntry("scopeRegion", "36.02.03.2002%");
    }
}
