package org.entente.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headless Chromium from Debian ({@code chromium}, installed by .ci/run) for the browser tests of the
 * chart pages (cli's report, the sweep's summary): offline, a fresh profile each time, the log on standard
 * error. Shared through this module's test jar.
 */
public final class HeadlessChromium {

    /** What Chromium printed: standard output (e.g. {@code --dump-dom}) and its log. */
    public record Output(String out, String log) {
    }

    private final String executable;
    private final Path dir;

    private HeadlessChromium(String executable, Path dir) {
        this.executable = executable;
        this.dir = dir;
    }

    /** Chromium working in {@code dir}, or null when {@code chromium} is not on the PATH (the test is skipped). */
    public static HeadlessChromium find(Path dir) {
        String executable = onPath("chromium");
        return executable == null ? null : new HeadlessChromium(executable, dir);
    }

    /** Runs Chromium with {@code args} after the common options; fails the test unless it exits with 0 within 120 s. */
    public Output run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(executable, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--enable-logging=stderr", "--v=0",
                "--user-data-dir=" + Files.createTempDirectory(dir, "profile"), "--virtual-time-budget=10000"));
        command.addAll(List.of(args));
        Path stdout = dir.resolve("chromium.out"), stderr = dir.resolve("chromium.err");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish within 120 s");
        }
        assertThat(process.exitValue()).as(Files.readString(stderr)).isEqualTo(0);
        return new Output(Files.readString(stdout, StandardCharsets.UTF_8), Files.readString(stderr, StandardCharsets.UTF_8));
    }

    /** Writes a screenshot of {@code page} at {@code size} ("WIDTH,HEIGHT") to {@code png}; fails unless it holds a drawing (> 50 KB). */
    public void screenshot(Path page, String size, Path png) throws Exception {
        Files.deleteIfExists(png);
        run("--hide-scrollbars", "--window-size=" + size, "--screenshot=" + png, page.toUri().toString());
        assertThat(png).exists();
        assertThat(Files.size(png)).isGreaterThan(50_000);
    }

    /** The inside of the chart page's section {@code chart-ID} ({@code ChartPage}) in a dumped DOM; fails when it is missing. */
    public static String chartSection(String dom, String id) {
        Matcher m = Pattern.compile("<section class=\"chart\" id=\"chart-" + Pattern.quote(id) + "\">(.*?)</section>", Pattern.DOTALL)
                .matcher(dom);
        assertThat(m.find()).as("section " + id).isTrue();
        return m.group(1);
    }

    /** The full path of {@code program} on the PATH, or null. */
    public static String onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String folder : path.split(File.pathSeparator)) {
            Path candidate = Path.of(folder, program);
            if (Files.isExecutable(candidate)) return candidate.toString();
        }
        return null;
    }
}
