package id.jaring.synth.internal;

import java.time.LocalDate;
import java.util.SplittableRandom;

import id.jaring.synth.SyntheticPerson;

/** Writes one person as an agency would, with that agency's style and errors. */
final class RecordNoise {

    /** What the agency believes about the family: current, or older if the family moved since. */
    record FamilyView(String noKk, String regionCodePlain, String address, String rt, String rw) {
    }

    private RecordNoise() {
    }

    static String[] row(SplittableRandom r, AgencySource source, SyntheticPerson p, FamilyView family, String recordId,
            LocalDate today) {
        ErrorProfile e = source.errors();
        SourceStyle style = source.kind().style;
        String[] columns = source.columns();
        String[] row = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            row[i] = switch (columns[i]) {
                case "record_id" -> recordId;
                case "nik" -> nik(r, source, p, today);
                case "no_kk" -> Rand.chance(r, e.kkMissing()) ? "" : family.noKk();
                case "nama" -> name(r, e, style, p.name(), !p.female(), p.ageOn(today) >= 35);
                case "jenis_kelamin" -> {
                    SourceStyle.SexFormat f = Rand.chance(r, e.formatMix()) ? Rand.pick(r, SourceStyle.SexFormat.values()) : style.sexFormat();
                    yield p.female() ? f.female : f.male;
                }
                case "tempat_lahir" -> empty(r, e) ? "" : place(r, e, style, p.birthPlace());
                case "tanggal_lahir" -> date(r, e, style, p.birthDate());
                case "hubungan_keluarga" -> empty(r, e) ? "" : text(style, p.relationship());
                case "nama_ibu_kandung" -> empty(r, e) ? "" : name(r, e, style, p.motherName(), false, p.ageOn(today) >= 15);
                case "alamat" -> empty(r, e) ? "" : address(r, e, style, family.address());
                case "rt" -> empty(r, e) ? "" : unit(r, e, style, family.rt());
                case "rw" -> empty(r, e) ? "" : unit(r, e, style, family.rw());
                case "kode_wilayah" -> style.dottedRegionCode() != Rand.chance(r, e.formatMix())
                        ? RegionTable.toDotted(family.regionCodePlain()) : family.regionCodePlain();
                case "jenjang_sekolah" -> empty(r, e) ? "" : p.schooling();
                case "hamil" -> p.pregnant() ? "Y" : "N";
                case "hpl" -> p.pregnant() ? style.dateFormat().format(p.expectedDelivery(), false) : "";
                case "disabilitas" -> empty(r, e) ? "" : p.disability();
                case "pekerjaan" -> empty(r, e) ? "" : text(style, p.occupation());
                case "penghasilan_bulanan" -> empty(r, e) ? "" : Long.toString(p.monthlyIncome());
                case "status_kawin" -> empty(r, e) ? "" : text(style, p.maritalStatus());
                default -> throw new IllegalStateException("unknown column " + columns[i]);
            };
        }
        return row;
    }

    private static boolean empty(SplittableRandom r, ErrorProfile e) {
        return Rand.chance(r, e.optionalEmpty());
    }

    private static String nik(SplittableRandom r, AgencySource source, SyntheticPerson p, LocalDate today) {
        ErrorProfile e = source.errors();
        boolean babyWithoutNik = source.kind() == AgencyKind.DINKES && p.ageOn(today) < 1
                && Rand.chance(r, AgencyKind.DINKES_BABY_NIK_MISSING * source.errorScale());
        if (Rand.chance(r, e.nikMissing()) || babyWithoutNik) {
            return "";
        }
        return Rand.chance(r, e.nikError()) ? corruptDigits(r, p.nik()) : p.nik();
    }

    /** One digit changed or two neighbouring different digits swapped; never the same number. */
    static String corruptDigits(SplittableRandom r, String digits) {
        char[] c = digits.toCharArray();
        if (r.nextInt(5) < 2) {
            for (int attempt = 0; attempt < 10; attempt++) {
                int at = r.nextInt(c.length - 1);
                if (c[at] != c[at + 1]) {
                    char t = c[at];
                    c[at] = c[at + 1];
                    c[at + 1] = t;
                    return new String(c);
                }
            }
        }
        int at = r.nextInt(c.length);
        c[at] = (char) ('0' + (c[at] - '0' + 1 + r.nextInt(9)) % 10);
        return new String(c);
    }

    private static String name(SplittableRandom r, ErrorProfile e, SourceStyle style, String name, boolean male,
            boolean mayBeHaji) {
        String n = name;
        if (Rand.chance(r, e.nameVariant())) {
            n = NameNoise.variant(r, n, male, mayBeHaji);
        }
        if (Rand.chance(r, e.typo())) {
            n = NameNoise.typo(r, n);
        }
        n = text(style, n);
        if (Rand.chance(r, e.caseSpacing())) {
            n = NameNoise.caseAndSpacing(r, n);
        }
        return n;
    }

    private static String place(SplittableRandom r, ErrorProfile e, SourceStyle style, String place) {
        String p = place;
        if (Rand.chance(r, e.nameVariant())) {
            p = (r.nextBoolean() ? "KAB. " : "KOTA ") + p;
        }
        if (Rand.chance(r, e.typo())) {
            p = NameNoise.typo(r, p);
        }
        return text(style, p);
    }

    private static String date(SplittableRandom r, ErrorProfile e, SourceStyle style, LocalDate date) {
        boolean swap = date.getDayOfMonth() <= 12 && date.getDayOfMonth() != date.getMonthValue()
                && Rand.chance(r, e.dateSwap());
        SourceStyle.DateFormat format = style.dateFormat();
        if (Rand.chance(r, e.dateOtherFormat())) {
            SourceStyle.DateFormat[] all = SourceStyle.DateFormat.values();
            format = all[(format.ordinal() + 1 + r.nextInt(all.length - 1)) % all.length];
        }
        return format.format(date, swap);
    }

    private static String address(SplittableRandom r, ErrorProfile e, SourceStyle style, String address) {
        String a = address;
        if (Rand.chance(r, e.formatMix())) {
            if (a.startsWith("KP. ")) {
                a = Rand.pick(r, new String[] {"KP ", "KAMPUNG ", "KMP. ", "KP."}) + a.substring(4);
            } else if (a.startsWith("JL. ")) {
                a = Rand.pick(r, new String[] {"JLN. ", "JALAN ", "JL ", "JL."}) + a.substring(4);
                a = r.nextBoolean() ? a.replace(" NO. ", " NO ") : a;
            } else if (a.startsWith("PERUM ")) {
                a = Rand.pick(r, new String[] {"PERUMAHAN ", "PRM. ", "PERUM. "}) + a.substring(6);
            }
        }
        if (Rand.chance(r, e.typo() / 2)) {
            a = NameNoise.typo(r, a);
        }
        return text(style, a);
    }

    private static String unit(SplittableRandom r, ErrorProfile e, SourceStyle style, String padded) {
        int width = Rand.chance(r, e.formatMix()) ? 1 + r.nextInt(3) : style.rtWidth();
        String n = Integer.toString(Integer.parseInt(padded));
        while (n.length() < width) {
            n = "0" + n;
        }
        return n;
    }

    private static String text(SourceStyle style, String s) {
        return style.titleCaseText() ? NameNoise.titleCase(s) : s;
    }
}
