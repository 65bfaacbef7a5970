package id.jaring.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScopeTests {

    @Test
    void narrowingAProvinceWideScopeGivesTheRegion() {
        assertThat(new Scope("DINSOS", null).narrowedTo("36.02")).isEqualTo(new Scope("DINSOS", "36.02"));
        assertThat(new Scope(null, "36").narrowedTo("36.73")).isEqualTo(new Scope(null, "36.73"));
    }

    @Test
    void aScopeAlreadyInsideTheRegionStaysAsItIs() {
        Scope desa = new Scope(null, "36.02.03.2002");
        assertThat(desa.narrowedTo("36.02")).isSameAs(desa);
        assertThat(new Scope(null, "36.02").narrowedTo("36.02")).isEqualTo(new Scope(null, "36.02"));
    }

    @Test
    void aRegionOutsideTheScopeIsRefused() {
        assertThatThrownBy(() -> new Scope(null, "36.02").narrowedTo("36.73"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("36.73");
        // a code that merely shares the prefix is another region
        assertThatThrownBy(() -> new Scope(null, "36.0").narrowedTo("36.02"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
