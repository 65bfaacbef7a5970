package id.jaring.registry;

/** Jenjang sekolah: where the person is enrolled now (what school-attendance conditions check). */
public enum SchoolEnrolment {
    TIDAK_SEKOLAH, PAUD, SD, SMP, SMA
}
