package id.jaring.synth.internal;

/** A family member while the family is being built (mutable, never leaves the generator). */
final class Member {

    final boolean male;
    final long birthDay; // epoch day
    final String relationship;
    Member mother;
    Member father;
    Member spouse;
    Member twinOf;
    String maritalStatus = "BELUM KAWIN";
    /** Birth year of a mother who is not a member (for her name), 0 when she is a member. */
    int absentMotherBirthYear;
    boolean sameNameAsFather;
    RegionTable.Kecamatan nikKecamatan;
    String baseName;
    String name;

    Member(boolean male, long birthDay, String relationship) {
        this.male = male;
        this.birthDay = birthDay;
        this.relationship = relationship;
    }

    int ageOn(long day) {
        return (int) ((day - birthDay) / 365.2425);
    }

    int birthYear() {
        return java.time.LocalDate.ofEpochDay(birthDay).getYear();
    }

    static void marry(Member a, Member b) {
        a.spouse = b;
        b.spouse = a;
        a.maritalStatus = "KAWIN";
        b.maritalStatus = "KAWIN";
    }
}
