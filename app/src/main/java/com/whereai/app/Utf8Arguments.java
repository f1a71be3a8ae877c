package com.whereai.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Recovers command-line arguments as UTF-8 when the JVM decoded them with another charset (a POSIX "C"
 * locale turns "jämför" into "j??mf??r"). On Linux the raw bytes are still in /proc/self/cmdline; elsewhere,
 * or when anything does not line up, the JVM's arguments are used as they are.
 */
final class Utf8Arguments {

    private static final Path CMDLINE = Path.of("/proc/self/cmdline");

    private Utf8Arguments() {}

    static String[] recover(String[] args) {
        String encoding = System.getProperty("sun.jnu.encoding", "UTF-8");
        if (encoding.equalsIgnoreCase("UTF-8") || Arrays.stream(args).allMatch(Utf8Arguments::isAscii)) {
            return args;
        }
        try {
            byte[] raw = Files.readAllBytes(CMDLINE);
            List<String> all = split(raw);
            if (all.size() < args.length) {
                return args;
            }
            String[] recovered =
                    all.subList(all.size() - args.length, all.size()).toArray(String[]::new);
            for (int i = 0; i < args.length; i++) {
                if (isAscii(args[i]) && args[i].indexOf('?') < 0 && !args[i].equals(recovered[i])) {
                    return args;
                }
            }
            return recovered;
        } catch (IOException | RuntimeException e) {
            return args;
        }
    }

    private static List<String> split(byte[] raw) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == 0) {
                parts.add(new String(raw, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        if (start < raw.length) {
            parts.add(new String(raw, start, raw.length - start, StandardCharsets.UTF_8));
        }
        return parts;
    }

    private static boolean isAscii(String s) {
        return s.chars().allMatch(c -> c < 128);
    }
}
