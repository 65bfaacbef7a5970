package id.jaring.registry.web;

import java.util.ArrayList;
import java.util.List;

import id.jaring.registry.Welfare;

/** One surveyed welfare variable for the family page; unsurveyed ones are left out. */
record WelfareFact(String field, String shown, Boolean yesNo) {

    static List<WelfareFact> of(Welfare w) {
        List<WelfareFact> facts = new ArrayList<>();
        add(facts, "statusBangunan", w.statusBangunan());
        add(facts, "luasLantaiM2", w.luasLantaiM2());
        add(facts, "jenisLantai", w.jenisLantai());
        add(facts, "jenisDinding", w.jenisDinding());
        add(facts, "jenisAtap", w.jenisAtap());
        add(facts, "sumberAirMinum", w.sumberAirMinum());
        add(facts, "sumberPenerangan", w.sumberPenerangan());
        add(facts, "dayaListrikVa", w.dayaListrikVa());
        add(facts, "bahanBakarMemasak", w.bahanBakarMemasak());
        add(facts, "fasilitasBab", w.fasilitasBab());
        add(facts, "asetLahan", w.asetLahan());
        add(facts, "asetTernak", w.asetTernak());
        add(facts, "asetMotor", w.asetMotor());
        add(facts, "asetMobil", w.asetMobil());
        add(facts, "asetKulkas", w.asetKulkas());
        add(facts, "asetEmas", w.asetEmas());
        add(facts, "asetTabungan", w.asetTabungan());
        return facts;
    }

    private static void add(List<WelfareFact> facts, String field, Object value) {
        if (value instanceof Boolean b) {
            facts.add(new WelfareFact(field, null, b));
        } else if (value != null) {
            facts.add(new WelfareFact(field, Choices.show(value), null));
        }
    }
}
