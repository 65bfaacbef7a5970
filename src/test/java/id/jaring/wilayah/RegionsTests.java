package id.jaring.wilayah;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class RegionsTests {

    @Autowired
    Regions regions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void loadsTheWholeBantenTable() {
        assertThat(jdbc.sql("select level, count(*) from region group by level order by level")
                .query((rs, n) -> rs.getInt(1) + ":" + rs.getInt(2)).list())
                .containsExactly("1:1", "2:8", "3:155", "4:1552");
    }

    @Test
    void walksTheHierarchy() {
        assertThat(regions.province().name()).isEqualTo("Banten");
        assertThat(regions.children("36")).hasSize(8);
        Region desa = regions.find("3601012001").orElseThrow();
        assertThat(desa.code()).isEqualTo("36.01.01.2001");
        assertThat(desa.kabKotaCode()).isEqualTo("36.01");
        assertThat(regions.path(desa.code())).extracting(Region::level).containsExactly(1, 2, 3, 4);
    }

    @Test
    void convertsPlainCodesAndRefusesJunk() {
        assertThat(Regions.toDotted("360101")).isEqualTo("36.01.01");
        assertThat(Regions.toDotted("36.02")).isEqualTo("36.02");
        assertThat(Regions.toDotted("36x")).isNull();
        assertThat(regions.find("99.99")).isEmpty();
    }
}
