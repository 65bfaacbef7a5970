package id.jaring.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.jaring.synth.internal.RegionTable;

class SyntheticPopulationTests {

    private static final LocalDate REF = GeneratorSettings.DEFAULT_REFERENCE_DATE;
    private static List<SyntheticFamily> families;
    private static List<SyntheticPerson> persons;
    private static Map<String, SyntheticPerson> byId;

    @BeforeAll
    static void generate() {
        families = SyntheticPopulation.families(GeneratorSettings.of(20_000, 11)).toList();
        persons = families.stream().flatMap(f -> f.members().stream()).toList();
        byId = new HashMap<>();
        persons.forEach(p -> byId.put(p.personId(), p));
    }

    @Test
    void sameSeedGivesSameFamiliesAndAnotherSeedOthers() {
        List<SyntheticFamily> again = SyntheticPopulation.families(GeneratorSettings.of(3_000, 11)).toList();
        List<SyntheticFamily> once = SyntheticPopulation.families(GeneratorSettings.of(3_000, 11)).toList();
        List<SyntheticFamily> other = SyntheticPopulation.families(GeneratorSettings.of(3_000, 12)).toList();
        assertThat(again).isEqualTo(once);
        assertThat(other.get(0)).isNotEqualTo(once.get(0));
        assertThat(other.stream().map(SyntheticFamily::noKk).toList())
                .isNotEqualTo(once.stream().map(SyntheticFamily::noKk).toList());
    }

    @Test
    void generatesExactlyTheRequestedNumberOfPersons() {
        assertThat(persons).hasSize(20_000);
        assertThat(SyntheticPopulation.families(GeneratorSettings.of(7, 1)).mapToInt(f -> f.members().size()).sum()).isEqualTo(7);
    }

    @Test
    void niksAndFamilyCardNumbersAreSixteenDigitsAndUnique() {
        Set<String> niks = new HashSet<>();
        for (SyntheticPerson p : persons) {
            assertThat(p.nik()).matches("\\d{16}");
            niks.add(p.nik());
        }
        assertThat(niks).hasSize(persons.size());
        Set<String> kks = new HashSet<>();
        for (SyntheticFamily f : families) {
            assertThat(f.noKk()).matches("\\d{16}");
            assertThat(f.noKk()).startsWith(f.regionCodePlain().substring(0, 6));
            kks.add(f.noKk());
        }
        assertThat(kks).hasSize(families.size());
    }

    @Test
    void nikDatePartIsTheBirthDateWithFortyAddedForWomen() {
        for (SyntheticPerson p : persons) {
            LocalDate d = p.birthDate();
            String expected = String.format("%02d%02d%02d", d.getDayOfMonth() + (p.female() ? 40 : 0), d.getMonthValue(),
                    d.getYear() % 100);
            assertThat(p.nik().substring(6, 12)).as(p.personId()).isEqualTo(expected);
            assertThat(p.nik().substring(12)).isNotEqualTo("0000");
        }
    }

    @Test
    void mostNiksCarryTheFamilysKecamatanAndSomeAnOldOrOtherCode() {
        RegionTable regions = RegionTable.banten();
        long ownKecamatan = 0;
        long notInTable = 0;
        for (SyntheticFamily f : families) {
            for (SyntheticPerson p : f.members()) {
                String kec = p.nik().substring(0, 6);
                if (kec.equals(f.regionCodePlain().substring(0, 6))) {
                    ownKecamatan++;
                }
                if (!regions.contains(kec.substring(0, 2) + "." + kec.substring(2, 4) + "." + kec.substring(4, 6))) {
                    notInTable++;
                }
            }
        }
        assertThat(ownKecamatan / (double) persons.size()).isBetween(0.95, 0.99);
        assertThat(notInTable).isPositive();
    }

    @Test
    void regionCodesExistAndAreConsistent() {
        RegionTable regions = RegionTable.banten();
        for (SyntheticFamily f : families) {
            assertThat(regions.contains(f.regionCode())).as(f.regionCode()).isTrue();
            assertThat(f.regionCode().replace(".", "")).isEqualTo(f.regionCodePlain());
            assertThat(f.regionCode()).startsWith(f.kabKotaCode() + ".");
            assertThat(f.rt()).matches("\\d{3}");
        }
        // every kab/kota gets families, roughly in proportion to its population
        Map<String, Long> byKab = new HashMap<>();
        families.forEach(f -> byKab.merge(f.kabKotaCode(), (long) f.members().size(), Long::sum));
        assertThat(byKab).hasSize(8);
        assertThat(byKab.get("36.03") / (double) persons.size()).isBetween(0.23, 0.31); // Kab. Tangerang: 26.9%
        assertThat(byKab.get("36.72") / (double) persons.size()).isBetween(0.02, 0.055); // Cilegon: 3.7%
    }

    @Test
    void everyFamilyHasOneHeadFirstAndConsistentParents() {
        for (SyntheticFamily f : families) {
            assertThat(f.head().relationship()).isEqualTo("KEPALA KELUARGA");
            assertThat(f.members().stream().filter(p -> p.relationship().equals("KEPALA KELUARGA"))).hasSize(1);
            assertThat(f.members().stream().filter(p -> p.relationship().equals("ISTRI") || p.relationship().equals("SUAMI")))
                    .hasSizeLessThanOrEqualTo(1);
            Set<String> ids = new HashSet<>();
            f.members().forEach(p -> ids.add(p.personId()));
            for (SyntheticPerson p : f.members()) {
                assertThat(p.motherName()).isNotBlank();
                if (p.motherPersonId() != null) {
                    assertThat(ids).contains(p.motherPersonId());
                    SyntheticPerson mother = byId.get(p.motherPersonId());
                    assertThat(mother.female()).isTrue();
                    assertThat(mother.name()).contains(p.motherName());
                    long ageAtBirth = java.time.temporal.ChronoUnit.YEARS.between(mother.birthDate(), p.birthDate());
                    assertThat(ageAtBirth).as("mother's age at birth of %s", p.personId()).isBetween(17L, 45L);
                }
                if (p.fatherPersonId() != null) {
                    SyntheticPerson father = byId.get(p.fatherPersonId());
                    assertThat(father.female()).isFalse();
                    assertThat(father.birthDate()).isBefore(p.birthDate().minusYears(15));
                }
            }
        }
    }

    @Test
    void proportionsArePlausibleForBanten() {
        double meanSize = persons.size() / (double) families.size();
        assertThat(meanSize).isBetween(3.5, 4.1);
        assertThat(share(p -> p.ageOn(REF) < 15)).isBetween(0.22, 0.32);
        assertThat(share(p -> p.ageOn(REF) >= 65)).isBetween(0.04, 0.11);
        assertThat(enrolled(7, 12)).isGreaterThan(0.95);
        assertThat(enrolled(13, 15)).isBetween(0.80, 0.97);
        assertThat(enrolled(16, 18)).isBetween(0.60, 0.88);
        assertThat(persons.stream().filter(p -> p.ageOn(REF) > 20).noneMatch(p -> !p.schooling().equals("none"))).isTrue();
        List<SyntheticPerson> women15to45 = persons.stream()
                .filter(p -> p.female() && p.ageOn(REF) >= 15 && p.ageOn(REF) <= 45).toList();
        double pregnant = women15to45.stream().filter(SyntheticPerson::pregnant).count() / (double) women15to45.size();
        assertThat(pregnant).isBetween(0.015, 0.04);
        assertThat(persons.stream().filter(SyntheticPerson::pregnant))
                .allSatisfy(p -> assertThat(p.expectedDelivery()).isAfter(REF).isBefore(REF.plusMonths(9).plusDays(1)));
        assertThat(share(p -> p.disability().equals("berat"))).isBetween(0.005, 0.025);
        assertThat(share(p -> p.ageOn(REF) >= 25 && p.monthlyIncome() > 0)).isGreaterThan(0.25);
        double poorFamilies = families.stream().filter(f -> f.welfare() < -1.55).count() / (double) families.size();
        assertThat(poorFamilies).isBetween(0.03, 0.12);
    }

    @Test
    void welfareVariablesFollowTheLatentWelfare() {
        double poorEarthFloor = families.stream().filter(f -> f.welfare() < -1)
                .filter(f -> f.housing().jenisLantai().equals("TANAH")).count()
                / (double) families.stream().filter(f -> f.welfare() < -1).count();
        double richEarthFloor = families.stream().filter(f -> f.welfare() > 1)
                .filter(f -> f.housing().jenisLantai().equals("TANAH")).count()
                / (double) families.stream().filter(f -> f.welfare() > 1).count();
        assertThat(poorEarthFloor).isGreaterThan(richEarthFloor * 3);
        double poorCars = families.stream().filter(f -> f.welfare() < -1).mapToInt(f -> f.housing().asetMobil()).average().orElseThrow();
        double richCars = families.stream().filter(f -> f.welfare() > 1).mapToInt(f -> f.housing().asetMobil()).average().orElseThrow();
        assertThat(richCars).isGreaterThan(poorCars * 3);
    }

    @Test
    void hardNegativesExist() {
        int twins = 0;
        int fatherSon = 0;
        for (SyntheticFamily f : families) {
            List<SyntheticPerson> m = f.members();
            for (int i = 0; i < m.size(); i++) {
                for (int j = i + 1; j < m.size(); j++) {
                    SyntheticPerson a = m.get(i);
                    SyntheticPerson b = m.get(j);
                    if (a.motherPersonId() != null && a.motherPersonId().equals(b.motherPersonId())
                            && a.birthDate().equals(b.birthDate())) {
                        twins++;
                        assertThat(a.name()).isNotEqualTo(b.name());
                        if (a.sex().equals(b.sex())) {
                            assertThat(Long.parseLong(b.nik()) - Long.parseLong(a.nik())).isEqualTo(1);
                        }
                    }
                    if (a.personId().equals(b.fatherPersonId()) && a.name().equals(b.name())) {
                        fatherSon++;
                    }
                }
            }
        }
        assertThat(twins).isGreaterThan(20);
        assertThat(fatherSon).isGreaterThan(3);
        Map<String, Set<String>> byVillageAndName = new HashMap<>();
        for (SyntheticFamily f : families) {
            for (SyntheticPerson p : f.members()) {
                byVillageAndName.computeIfAbsent(f.regionCode() + "|" + p.name(), k -> new HashSet<>()).add(p.personId());
            }
        }
        long namesakes = byVillageAndName.values().stream().filter(s -> s.size() > 1).count();
        assertThat(namesakes).isGreaterThan(20);
        // common names occur, but no name is everywhere
        Map<String, Long> names = new HashMap<>();
        persons.forEach(p -> names.merge(p.name(), 1L, Long::sum));
        assertThat(names.size()).isGreaterThan(persons.size() / 3);
        assertThat(names.values().stream().mapToLong(Long::longValue).max().orElseThrow()).isLessThan(persons.size() / 100);
    }

    private double share(java.util.function.Predicate<SyntheticPerson> p) {
        return persons.stream().filter(p).count() / (double) persons.size();
    }

    private double enrolled(int from, int to) {
        List<SyntheticPerson> band = persons.stream().filter(p -> p.ageOn(REF) >= from && p.ageOn(REF) <= to).toList();
        return band.stream().filter(p -> !p.schooling().equals("none")).count() / (double) band.size();
    }
}
