package id.jaring.targeting.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;
import id.jaring.targeting.RuleCodes;

/** The rule language's syntax, meaning checks and error positions, without Spring. */
class RuleParserTests {

    static final Map<String, Integer> REGIONS = Map.of("36.02", 2, "36.73", 2, "36.02.01", 3, "36.02.01.2001", 4);
    static final RuleParser PARSER = new RuleParser(code -> REGIONS.getOrDefault(code, 0));

    /** The tree in prefix form, for comparing structure. */
    static String show(Expr e) {
        if (e instanceof Expr.And a) {
            return a.parts().stream().map(RuleParserTests::show).collect(Collectors.joining(" ", "(and ", ")"));
        }
        if (e instanceof Expr.Or o) {
            return o.parts().stream().map(RuleParserTests::show).collect(Collectors.joining(" ", "(or ", ")"));
        }
        if (e instanceof Expr.Not n) {
            return "(not " + show(n.inner()) + ")";
        }
        if (e instanceof Expr.Flag f) {
            return f.attribute().ruleName();
        }
        if (e instanceof Expr.Compare c) {
            return "(" + c.op() + " " + operand(c.operand()) + " " + c.value() + ")";
        }
        if (e instanceof Expr.In in) {
            return "(in " + operand(in.operand()) + " " + in.values() + ")";
        }
        if (e instanceof Expr.Between b) {
            return "(between " + operand(b.operand()) + " " + b.low() + " " + b.high() + ")";
        }
        if (e instanceof Expr.Known k) {
            return "(" + (k.known() ? "known " : "unknown ") + operand(k.operand()) + ")";
        }
        Expr.Quantified q = (Expr.Quantified) e;
        return "(" + q.quantifier() + " " + show(q.body()) + ")";
    }

    static String operand(Expr.Operand o) {
        return o instanceof Expr.AttributeRef r ? r.attribute().ruleName() : "(count " + show(((Expr.MemberCount) o).body()) + ")";
    }

    static String tree(String text) {
        return show(PARSER.parse(text));
    }

    static List<Violation> errors(String text) {
        return violations(text, PARSER::parse);
    }

    static List<Violation> violations(String text, java.util.function.Function<String, Expr> parse) {
        try {
            parse.apply(text);
        } catch (ValidationFailedException e) {
            return e.violations();
        }
        throw new AssertionError("no error for: " + text);
    }

    static Violation error(String text) {
        List<Violation> errors = errors(text);
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    static void assertError(String text, String code, int line, int column) {
        Violation v = error(text);
        assertThat(v.code()).isEqualTo(code);
        assertThat(v.field()).isEqualTo(RuleCodes.FIELD);
        assertThat(v.args().subList(0, 2)).containsExactly(line, column);
    }

    @Test
    void theIssuesExampleParsesInEnglishAndIndonesian() {
        String english = "desil <= 4 AND ANY MEMBER (hamil OR umur < 6 OR (sekolah IN (SD, SMP, SMA) AND umur < 21)"
                + " OR umur >= 60 OR disabilitas = BERAT)";
        String indonesian = "desil <= 4 dan ada anggota (hamil atau umur < 6 atau (sekolah dalam (SD, SMP, SMA) dan umur < 21)"
                + " atau umur >= 60 atau disabilitas = berat)";
        String expected = "(and (LE desil 4) (ANY (or hamil (LT umur 6) (and (in sekolah [SD, SMP, SMA]) (LT umur 21))"
                + " (GE umur 60) (EQ disabilitas BERAT))))";
        assertThat(tree(english)).isEqualTo(expected);
        assertThat(tree(indonesian)).isEqualTo(expected);
    }

    @Test
    void everyComparisonOperator() {
        assertThat(tree("desil = 1")).isEqualTo("(EQ desil 1)");
        assertThat(tree("desil != 1")).isEqualTo("(NE desil 1)");
        assertThat(tree("desil <> 1")).isEqualTo("(NE desil 1)");
        assertThat(tree("desil < 1")).isEqualTo("(LT desil 1)");
        assertThat(tree("desil <= 1")).isEqualTo("(LE desil 1)");
        assertThat(tree("desil > 1")).isEqualTo("(GT desil 1)");
        assertThat(tree("desil >= 1")).isEqualTo("(GE desil 1)");
        assertThat(tree("desil>=1")).isEqualTo("(GE desil 1)");
    }

    @Test
    void inBetweenKnownAndTheirNegationsInBothLanguages() {
        assertThat(tree("jenis_lantai IN (TANAH, BAMBU)")).isEqualTo("(in jenis_lantai [TANAH, BAMBU])");
        assertThat(tree("jenis_lantai DALAM (tanah)")).isEqualTo("(in jenis_lantai [TANAH])");
        assertThat(tree("jenis_lantai NOT IN (TANAH)")).isEqualTo("(not (in jenis_lantai [TANAH]))");
        assertThat(tree("jenis_lantai TIDAK DALAM (TANAH)")).isEqualTo("(not (in jenis_lantai [TANAH]))");
        assertThat(tree("desil BETWEEN 1 AND 4")).isEqualTo("(between desil 1 4)");
        assertThat(tree("desil ANTARA 1 DAN 4")).isEqualTo("(between desil 1 4)");
        assertThat(tree("desil NOT BETWEEN 1 AND 4")).isEqualTo("(not (between desil 1 4))");
        assertThat(tree("desil IS KNOWN")).isEqualTo("(known desil)");
        assertThat(tree("desil IS UNKNOWN")).isEqualTo("(unknown desil)");
        assertThat(tree("desil IS NOT KNOWN")).isEqualTo("(unknown desil)");
        assertThat(tree("desil DIKETAHUI")).isEqualTo("(known desil)");
        assertThat(tree("desil TIDAK DIKETAHUI")).isEqualTo("(not (known desil))");
    }

    @Test
    void quantifiersInBothLanguages() {
        assertThat(tree("ANY MEMBER (hamil)")).isEqualTo("(ANY hamil)");
        assertThat(tree("ada anggota (hamil)")).isEqualTo("(ANY hamil)");
        assertThat(tree("ALL MEMBERS (umur >= 60)")).isEqualTo("(ALL (GE umur 60))");
        assertThat(tree("SEMUA ANGGOTA (umur >= 60)")).isEqualTo("(ALL (GE umur 60))");
        assertThat(tree("SETIAP ANGGOTA (umur >= 60)")).isEqualTo("(ALL (GE umur 60))");
        assertThat(tree("COUNT MEMBERS (umur < 18) >= 3")).isEqualTo("(GE (count (LT umur 18)) 3)");
        assertThat(tree("JUMLAH ANGGOTA (umur < 18) ANTARA 2 DAN 4")).isEqualTo("(between (count (LT umur 18)) 2 4)");
        // family attributes may be used inside a quantifier; jumlah_anggota is a family attribute
        assertThat(tree("ANY MEMBER (umur < 6 AND desil <= 2)")).isEqualTo("(ANY (and (LT umur 6) (LE desil 2)))");
        assertThat(tree("jumlah_anggota >= 5")).isEqualTo("(GE jumlah_anggota 5)");
    }

    @Test
    void precedenceIsNotThenAndThenOrAndParenthesesOverrideIt() {
        assertThat(tree("desil = 1 OR desil = 2 AND aset_lahan")).isEqualTo("(or (EQ desil 1) (and (EQ desil 2) aset_lahan))");
        assertThat(tree("(desil = 1 OR desil = 2) AND aset_lahan")).isEqualTo("(and (or (EQ desil 1) (EQ desil 2)) aset_lahan)");
        assertThat(tree("NOT aset_lahan AND aset_emas")).isEqualTo("(and (not aset_lahan) aset_emas)");
        assertThat(tree("NOT (aset_lahan AND aset_emas)")).isEqualTo("(not (and aset_lahan aset_emas))");
        assertThat(tree("NOT NOT aset_lahan OR aset_emas")).isEqualTo("(or (not (not aset_lahan)) aset_emas)");
        assertThat(tree("desil BETWEEN 1 AND 3 AND aset_emas")).isEqualTo("(and (between desil 1 3) aset_emas)");
        assertThat(tree("aset_lahan ATAU aset_emas DAN TIDAK aset_tabungan"))
                .isEqualTo("(or aset_lahan (and aset_emas (not aset_tabungan)))");
    }

    @Test
    void keywordsAttributesAndCodesIgnoreCase() {
        assertThat(tree("DESIL <= 4 and Any Member (Sekolah = smp)")).isEqualTo("(and (LE desil 4) (ANY (EQ sekolah SMP)))");
        assertThat(tree("ANY MEMBER (hubungan = 'kepala keluarga')")).isEqualTo("(ANY (EQ hubungan KEPALA_KELUARGA))");
        assertThat(tree("ANY MEMBER (jenis_kelamin = perempuan)")).isEqualTo("(ANY (EQ jenis_kelamin P))");
    }

    @Test
    void literalsAreReadByTheAttributesType() {
        assertThat(tree("ANY MEMBER (penghasilan < 1.500.000)")).isEqualTo("(ANY (LT penghasilan 1500000))");
        assertThat(((Expr.Compare) PARSER.parse("skor <= 35.5")).value()).isEqualTo(new BigDecimal("35.5"));
        assertThat(tree("kabkota = 36.02")).isEqualTo("(EQ kabkota 36.02)");
        assertThat(tree("kabkota IN ('36.02', 3673)")).isEqualTo("(in kabkota [36.02, 36.73])");
        assertThat(tree("kecamatan = 36.02.01 OR desa = 3602012001"))
                .isEqualTo("(or (EQ kecamatan 36.02.01) (EQ desa 36.02.01.2001))");
        assertThat(tree("ANY MEMBER (pekerjaan IN ('buruh tani', \"nelayan\"))"))
                .isEqualTo("(ANY (in pekerjaan [BURUH TANI, NELAYAN]))");
    }

    @Test
    void spansPointIntoTheText() {
        String text = "desil <= 4\n  AND ANY MEMBER (hamil)";
        Expr.And and = (Expr.And) PARSER.parse(text);
        assertThat(and.parts().get(1).span().of(text)).isEqualTo("ANY MEMBER (hamil)");
        assertThat(and.parts().get(1).span().line()).isEqualTo(2);
        assertThat(and.parts().get(1).span().column()).isEqualTo(7);
    }

    @Test
    void errorsCarryTheirCodeLineAndColumn() {
        assertThat(error("   ").code()).isEqualTo(RuleCodes.EMPTY);
        assertThat(error("desil = 1 OR ".repeat(400)).code()).isEqualTo(RuleCodes.TOO_LONG);
        assertError("desil <= 4 hamil", RuleCodes.SYNTAX, 1, 12);
        assertThat(error("ANY MEMBER (hamil umur)").args()).containsExactly(1, 19, "umur", "AND/DAN, OR/ATAU, )");
        assertError("desil <= 4 AND", RuleCodes.UNEXPECTED_END, 1, 15);
        assertError("(desil <= 4", RuleCodes.UNEXPECTED_END, 1, 12);
        assertError("desil <= 4 AND\n  ANY MEMBER (hamil))", RuleCodes.SYNTAX, 2, 21);
        assertError("desil <= 4 ; hamil", RuleCodes.UNEXPECTED_CHARACTER, 1, 12);
        assertError("ANY MEMBER (pekerjaan = 'PETANI)", RuleCodes.UNTERMINATED_STRING, 1, 25);
        assertError("desil <= 4 AND )", RuleCodes.EXPECTED_CONDITION, 1, 16);
        assertError("desil <= (", RuleCodes.EXPECTED_VALUE, 1, 10);
        assertError("desil 4", RuleCodes.EXPECTED_OPERATOR, 1, 7);
        assertError("desil <= 4 AND\nkekayaan > 3", RuleCodes.UNKNOWN_ATTRIBUTE, 2, 1);
        assertError("ANY MEMBER (sekolah IN (SD, KULIAH))", RuleCodes.UNKNOWN_VALUE, 1, 29);
        assertError("kabkota = 36.99", RuleCodes.UNKNOWN_REGION, 1, 11);
        assertError("kecamatan = 36.02", RuleCodes.UNKNOWN_REGION, 1, 13);
        assertError("ANY MEMBER (sekolah = 3)", RuleCodes.TYPE_MISMATCH, 1, 23);
        assertError("ANY MEMBER (sekolah < SMA)", RuleCodes.TYPE_MISMATCH, 1, 21);
        assertError("ANY MEMBER (umur < 6.5)", RuleCodes.TYPE_MISMATCH, 1, 20);
        assertError("ANY MEMBER (hamil = 1)", RuleCodes.TYPE_MISMATCH, 1, 19);
        assertError("desil < SD", RuleCodes.TYPE_MISMATCH, 1, 9);
        assertError("desil <= 4 AND umur < 6", RuleCodes.MEMBER_ATTRIBUTE_OUTSIDE_QUANTIFIER, 1, 16);
        assertError("ANY MEMBER (ALL MEMBERS (hamil))", RuleCodes.NESTED_QUANTIFIER, 1, 13);
        assertError("NOT ".repeat(30) + "aset_lahan", RuleCodes.TOO_DEEP, 1, 101);
    }

    @Test
    void errorsOfMeaningAreReportedTogether() {
        List<Violation> errors = errors("kekayaan > 3 AND ANY MEMBER (sekolah = KULIAH) AND umur < 6");
        assertThat(errors).extracting(Violation::code).containsExactly(RuleCodes.UNKNOWN_ATTRIBUTE,
                RuleCodes.UNKNOWN_VALUE, RuleCodes.MEMBER_ATTRIBUTE_OUTSIDE_QUANTIFIER);
        assertThat(errors.get(1).args()).containsExactly(1, 40, "KULIAH", "sekolah", "TIDAK_SEKOLAH, PAUD, SD, SMP, SMA");
    }

    @Test
    void anInjectionAttemptIsAParseErrorOrAHarmlessLiteral() {
        assertThat(error("'; drop table person; --").code()).isEqualTo(RuleCodes.UNTERMINATED_STRING);
        assertThat(error("desil = 1; drop table person; --").code()).isEqualTo(RuleCodes.UNEXPECTED_CHARACTER);
        Expr literal = PARSER.parse("ANY MEMBER (pekerjaan = '''; drop table person; --')");
        assertThat(show(literal)).isEqualTo("(ANY (EQ pekerjaan '; DROP TABLE PERSON; --))");
        SqlPredicate sql = RuleSqlCompiler.compile(literal, java.time.LocalDate.of(2026, 11, 26), "rule_");
        assertThat(sql.sql()).doesNotContain("drop").contains(":rule_1");
        assertThat(sql.params()).containsEntry("rule_1", "'; DROP TABLE PERSON; --");
    }

    @Test
    void theCompilerBindsEveryLiteralAndMapsAgesToBirthDates() {
        SqlPredicate sql = RuleSqlCompiler.compile(PARSER.parse(
                "desil <= 4 AND ANY MEMBER (umur < 6 OR hubungan = KEPALA_KELUARGA)"), java.time.LocalDate.of(2026, 11, 26), "rule_");
        assertThat(sql.sql()).isEqualTo("((r.desil <= :rule_1) and exists (select 1 " + Attribute.Members.FROM
                + " and ((p.tanggal_lahir > :rule_2) or (m.hubungan_keluarga = :rule_3))))");
        assertThat(sql.params()).containsEntry("rule_1", 4L).containsEntry("rule_2", java.time.LocalDate.of(2020, 11, 26))
                .containsEntry("rule_3", "KEPALA KELUARGA");
    }

    @Test
    void memberCountsAreOneGroupedPassUnlessTheyLookAtTheFamily() {
        java.time.LocalDate asOf = java.time.LocalDate.of(2026, 11, 26);
        String atLeastThree = RuleSqlCompiler.compile(PARSER.parse("COUNT MEMBERS (umur < 18) >= 3"), asOf, "rule_").sql();
        assertThat(atLeastThree).isEqualTo("exists (select 1 from (select m.household_id " + Attribute.Members.FROM_ALL
                + " and (p.tanggal_lahir > :rule_1) group by m.household_id having (count(*) >= :rule_2)) rule_g"
                + " where rule_g.household_id = h.id)");
        // a count of 0 passes "< 2": the families to leave out are those whose count fails
        String fewerThanTwo = RuleSqlCompiler.compile(PARSER.parse("jumlah_anggota < 2"), asOf, "rule_").sql();
        assertThat(fewerThanTwo).isEqualTo("not exists (select 1 from (select m.household_id " + Attribute.Members.FROM_ALL
                + " group by m.household_id having not (count(*) < :rule_1)) rule_g where rule_g.household_id = h.id)");
        String correlated = RuleSqlCompiler.compile(PARSER.parse("COUNT MEMBERS (umur < 18 AND desil < 3) >= 3"),
                asOf, "rule_").sql();
        assertThat(correlated).startsWith("((select count(*) from household_member m");
    }

    @Test
    void aMemberConditionUsesMemberAttributesWithoutAQuantifier() {
        assertThat(show(PARSER.parseMemberCondition("sekolah = SD AND umur < 21")))
                .isEqualTo("(and (EQ sekolah SD) (LT umur 21))");
        assertThat(show(PARSER.parseMemberCondition("hamil ATAU disabilitas = BERAT")))
                .isEqualTo("(or hamil (EQ disabilitas BERAT))");
        // the same text as an eligibility rule needs its quantifier
        assertThat(error("umur >= 60").code()).isEqualTo(RuleCodes.MEMBER_ATTRIBUTE_OUTSIDE_QUANTIFIER);
    }

    @Test
    void aMemberConditionRefusesFamilyAttributesAndQuantifiersWithTheirPositions() {
        List<Violation> errors = memberErrors("umur < 21 AND desil <= 4 OR ANY MEMBER (hamil)");
        assertThat(errors).extracting(Violation::code).containsExactly(RuleCodes.FAMILY_ATTRIBUTE_IN_MEMBER_CONDITION,
                RuleCodes.QUANTIFIER_IN_MEMBER_CONDITION);
        assertThat(errors.get(0).args()).containsExactly(1, 15, "desil");
        assertThat(errors.get(1).args()).containsExactly(1, 29);
        assertThat(memberErrors("JUMLAH ANGGOTA (umur < 6) >= 2")).extracting(Violation::code)
                .containsExactly(RuleCodes.QUANTIFIER_IN_MEMBER_CONDITION);
        assertThat(memberErrors("sekolah = KULIAH")).extracting(Violation::code).containsExactly(RuleCodes.UNKNOWN_VALUE);
        assertThat(memberErrors(" ")).extracting(Violation::code).containsExactly(RuleCodes.EMPTY);
    }

    static List<Violation> memberErrors(String text) {
        return violations(text, PARSER::parseMemberCondition);
    }
}
