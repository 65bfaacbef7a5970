package id.jaring.program;

import java.util.LinkedHashMap;
import java.util.Map;

/** Audit states (field maps, nulls kept) of programme data. */
final class AuditStates {

    private AuditStates() {
    }

    static Map<String, Object> of(Agency a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", a.code());
        m.put("name", a.name());
        m.put("kind", a.kind().name());
        return m;
    }

    static Map<String, Object> of(ProgrammeData p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", p.code());
        m.put("name", p.name());
        m.put("ownerAgency", p.ownerAgency());
        m.put("periodStart", String.valueOf(p.periodStart()));
        m.put("periodEnd", p.periodEnd() == null ? null : p.periodEnd().toString());
        m.put("maxDurationMonths", p.maxDurationMonths());
        m.put("componentCap", p.componentCap());
        m.put("status", p.status().name());
        m.put("reentryWaitMonths", p.reentryWaitMonths());
        m.put("automaticExits", p.automaticExits().name());
        return m;
    }

    static Map<String, Object> of(String programmeCode, ComponentData c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("programme", programmeCode);
        m.put("code", c.code());
        m.put("name", c.name());
        m.put("amountPerYear", c.amountPerYear());
        m.put("tahapPerYear", c.tahapPerYear());
        m.put("amountPerTahap", c.amountPerTahap());
        m.put("memberCondition", c.memberCondition());
        return m;
    }

    static Map<String, Object> quota(String programmeCode, String kabKota, Integer quota, Integer enrolled) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("programme", programmeCode);
        m.put("kabKota", kabKota);
        m.put("quota", quota);
        m.put("enrolled", enrolled);
        return m;
    }
}
