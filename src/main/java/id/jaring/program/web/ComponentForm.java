package id.jaring.program.web;

import java.util.ArrayList;
import java.util.List;

import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;
import id.jaring.program.BenefitComponent;
import id.jaring.program.ComponentData;
import id.jaring.program.ProgramCodes;

/** The benefit component form, as typed. */
record ComponentForm(String code, String name, String amountPerYear, String tahapPerYear, String amountPerTahap,
        String memberCondition) {

    static ComponentForm empty() {
        return new ComponentForm("", "", "", "4", "", "");
    }

    static ComponentForm of(BenefitComponent c) {
        return new ComponentForm(c.code(), c.name(), String.valueOf(c.amountPerYear()), String.valueOf(c.tahapPerYear()),
                String.valueOf(c.amountPerTahap()), c.memberCondition());
    }

    ComponentData toData() {
        List<Violation> problems = new ArrayList<>();
        ComponentData data = new ComponentData(FormInput.code(code), FormInput.text(name),
                FormInput.number(amountPerYear, "amountPerYear", ProgramCodes.AMOUNT_INVALID, problems),
                FormInput.integer(tahapPerYear, "tahapPerYear", ProgramCodes.TAHAP_INVALID, problems, 1, 12),
                FormInput.number(amountPerTahap, "amountPerTahap", ProgramCodes.AMOUNT_INVALID, problems),
                memberCondition);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        return data;
    }
}
