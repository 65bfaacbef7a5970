package id.jaring.enrollment;

import java.util.List;

import id.jaring.targeting.Condition;

/**
 * One component of a programme for one family: whether a current living member satisfies its
 * member condition, who (person ids), whether it is among the components the programme's cap keeps
 * (the highest amounts per year first), and the explanation ({@code ANY MEMBER (condition)} with
 * every member's outcome; null when the component has no condition).
 */
public record ComponentQualification(String code, String name, long amountPerYear, long amountPerTahap,
        String memberCondition, boolean qualifies, boolean withinCap, List<Long> members, Condition why) {

    public ComponentQualification {
        members = List.copyOf(members);
    }
}
