package id.jaring.linkage.engine;

import java.util.List;
import java.util.stream.IntStream;

import id.jaring.linkage.LinkageModel;
import id.jaring.linkage.LinkageModel.FieldType;
import id.jaring.linkage.standardise.Dates;
import id.jaring.linkage.standardise.Phonetic;

/**
 * Blocking key values as 64-bit hashes (0 = absent). A key part is a field name, optionally with a
 * transform: {@code first} / {@code last} (sound key of the first / last word), {@code initial}
 * (first letter), {@code despaced} (the value without spaces), {@code sound} (sound key of the
 * whole value), {@code year} and {@code unordered} (a date with day and month in a fixed order, so
 * swaps still meet), {@code nikdate} (the DDMMYY part of a NIK), {@code prefixN} (first N characters).
 */
final class BlockingKeys {

    private BlockingKeys() {
    }

    /** One hash per record for a blocking key made of several parts; 0 when any part is missing. */
    static long[] compute(RecordSet records, List<String> parts) {
        int n = records.size();
        long[] keys = new long[n];
        java.util.Arrays.fill(keys, 0x9E3779B97F4A7C15L);
        for (String part : parts) {
            int colon = part.indexOf(':');
            String fieldName = colon < 0 ? part : part.substring(0, colon);
            String transform = colon < 0 ? "" : part.substring(colon + 1);
            int field = records.model().fieldIndex(fieldName);
            if (field < 0) {
                throw new IllegalArgumentException("blocking key names unknown field " + fieldName);
            }
            FieldType type = records.model().fields().get(field).type();
            IntStream.range(0, n).parallel().forEach(r -> {
                if (keys[r] == 0) {
                    return;
                }
                long h = part(records, field, type, transform, r);
                if (h == 0) {
                    keys[r] = 0; // a missing part: the record has no value for this key (not one giant block)
                } else {
                    long k = mix(keys[r] * 31 + h);
                    keys[r] = k == 0 ? 1 : k;
                }
            });
        }
        return keys;
    }

    private static long part(RecordSet records, int field, FieldType type, String transform, int r) {
        if (type == FieldType.DATE) {
            int d = records.date(field, r);
            if (d == 0) {
                return 0;
            }
            return switch (transform) {
                case "" -> d;
                case "year" -> Dates.year(d);
                case "unordered" -> Dates.unordered(d);
                default -> throw new IllegalArgumentException("unknown date transform " + transform);
            };
        }
        char[] v = records.value(field, r);
        if (v == null) {
            return 0;
        }
        return switch (transform) {
            case "" -> hash(v, 0, v.length, false);
            case "despaced" -> hash(v, 0, v.length, true);
            case "initial" -> v[0];
            case "first" -> soundHash(v, 0, wordEnd(v, 0));
            case "last" -> {
                int start = v.length;
                while (start > 0 && v[start - 1] != ' ') {
                    start--;
                }
                yield soundHash(v, start, v.length);
            }
            case "sound" -> soundHash(v, 0, v.length);
            case "nikdate" -> v.length == 16 ? hash(v, 6, 12, false) : 0;
            default -> {
                if (transform.startsWith("prefix")) {
                    int len = Integer.parseInt(transform.substring(6));
                    yield v.length >= len ? hash(v, 0, len, false) : 0;
                }
                throw new IllegalArgumentException("unknown transform " + transform);
            }
        };
    }

    private static int wordEnd(char[] v, int from) {
        int i = from;
        while (i < v.length && v[i] != ' ') {
            i++;
        }
        return i;
    }

    private static long soundHash(char[] v, int from, int to) {
        if (to <= from) {
            return 0;
        }
        String key = Phonetic.key(new String(v, from, to - from));
        return key == null ? 0 : hash(key.toCharArray(), 0, key.length(), true);
    }

    static long hash(char[] v, int from, int to, boolean skipSpaces) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            char c = v[i];
            if (skipSpaces && c == ' ') {
                continue;
            }
            h ^= c;
            h *= 0x100000001b3L;
        }
        h = mix(h);
        return h == 0 ? 1 : h;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
