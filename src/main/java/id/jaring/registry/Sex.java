package id.jaring.registry;

/** Jenis kelamin as Dukcapil records it: L (laki-laki) or P (perempuan). */
public enum Sex {
    L, P
}
