package id.jaring.program;

/** How many families a programme may enrol in one kab/kota, and how many it has enrolled. */
public record Quota(long programmeId, String kabKotaCode, String kabKotaName, int quota, int enrolled) {

    public int remaining() {
        return Math.max(0, quota - enrolled);
    }
}
