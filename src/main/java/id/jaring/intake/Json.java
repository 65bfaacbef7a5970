package id.jaring.intake;

/** Writes a JSON string literal (for source attributes), without a JSON library per cell. */
final class Json {

    private Json() {
    }

    static StringBuilder string(StringBuilder out, String s) {
        out.append('"');
        if (plain(s)) {
            return out.append(s).append('"'); // the usual value: nothing to escape, copied whole
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case 0 -> { } // PostgreSQL text (and jsonb) cannot hold NUL; CopyText drops it too
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }
}
