package id.jaring.platform;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The options of a batch command ({@code --name value} or {@code --name=value}; flags take no
 * value). Plain Java: commands parse their arguments before Spring starts, if it starts at all.
 */
public final class CommandOptions {

    private CommandOptions() {
    }

    /**
     * @param known the option names the command takes (without {@code --})
     * @param flags those of them that take no value (their value is the empty string)
     * @throws IllegalArgumentException with a message for the user: an argument that is no
     *         option, an unknown option, a missing value, an option given twice
     */
    public static Map<String, String> parse(String[] args, Set<String> known, Set<String> flags) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (flags.contains(name)) {
                value = "";
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
            if (options.put(name, value) != null) {
                throw new IllegalArgumentException("--" + name + " given twice");
            }
        }
        return options;
    }
}
