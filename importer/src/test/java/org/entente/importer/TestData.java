package org.entente.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Locates the real tables and the hand-made fixtures, and offers small checks on scenario text. */
final class TestData {

    private TestData() {
    }

    /**
     * The repository's data folder: the system property {@code entente.data} if set, else the first
     * {@code data} folder holding {@code cow_states.csv} found walking up from the working directory
     * ({@code <repo>/data}; Maven runs the tests in {@code <repo>/importer}).
     */
    static Path realDataDir() {
        String prop = System.getProperty("entente.data");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("data");
            if (Files.isRegularFile(candidate.resolve("cow_states.csv"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("cannot find data/cow_states.csv above " + Path.of("").toAbsolutePath()
                + "; set -Dentente.data=DIR");
    }

    private static Path tiny;

    /**
     * The hand-made fixture tables (src/test/resources/tiny/*.csv.fixture, invented data) under the
     * importer's file names, in a temporary folder. The suffix keeps them from being mistaken for
     * copies of the real COW/ATOP tables in the repository's data/ folder.
     */
    static synchronized Path tinyDir() {
        if (tiny != null) {
            return tiny;
        }
        try {
            Path fixtures = Path.of(TestData.class.getResource("/tiny/README.md").toURI()).getParent();
            Path folder = Files.createTempDirectory("entente-tiny-tables");
            try (var files = Files.list(fixtures)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(".csv.fixture")) {
                        Files.copy(f, folder.resolve(name.substring(0, name.length() - ".fixture".length())));
                    }
                }
            }
            tiny = folder;
            return tiny;
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies the fixture tables into {@code target} so that a test can break one of them. */
    static Path copyTiny(Path target) {
        try (var files = Files.list(tinyDir())) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, target.resolve(f.getFileName().toString()));
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The block of the top-level element {@code keyword id} ("state GMY"), from its line to the closing brace. */
    static String block(String text, String keywordAndId) {
        int start = -1;
        for (String prefix : new String[] {keywordAndId + " {", keywordAndId + " \""}) {
            int i = text.indexOf("\n" + prefix);
            if (i >= 0) {
                start = i + 1;
                break;
            }
        }
        if (start < 0) {
            throw new AssertionError("no '" + keywordAndId + "' in:\n" + text);
        }
        int end = text.indexOf("\n}", start);
        return text.substring(start, end + 2);
    }

    /** Like {@link #block} but with the {@code //} comment lines just above the element. */
    static String blockWithComments(String text, String keywordAndId) {
        String b = block(text, keywordAndId);
        int start = text.indexOf(b);
        while (start > 0) {
            int prev = text.lastIndexOf('\n', start - 2) + 1;
            if (!text.startsWith("//", prev)) {
                break;
            }
            start = prev;
        }
        return text.substring(start, text.indexOf(b) + b.length());
    }

    /** The IDs listed after {@code property} in a block ("borders A, B" gives [A, B]). */
    static List<String> listAfter(String block, String property) {
        Matcher m = Pattern.compile("(?m)^\\s+" + property + " ([^\\n]*)$").matcher(block);
        List<String> out = new ArrayList<>();
        if (m.find()) {
            for (String s : m.group(1).split(",")) {
                out.add(s.trim());
            }
        }
        return out;
    }
}
