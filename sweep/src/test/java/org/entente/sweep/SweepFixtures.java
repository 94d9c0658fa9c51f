package org.entente.sweep;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The scenario and plan the sweep tests share: the July Crisis example of the repository, 5 turns. */
final class SweepFixtures {
    private SweepFixtures() {}

    static Path scenario() {
        return Path.of(System.getProperty("entente.root", ".."), "examples", "europe-1914.entente");
    }

    /** The scenario and a plan of 6 points x 4 samples (24 runs), written into {@code dir}. */
    static Path plan(Path dir) throws IOException {
        Files.copy(scenario(), dir.resolve("july.entente"), StandardCopyOption.REPLACE_EXISTING);
        Path plan = dir.resolve("july.yaml");
        Files.writeString(plan, """
                scenario: july.entente
                seed: 1914
                samples: 4
                parameters:
                  treaty.DualAlliance.reliability: [0.3, 0.9]
                  state.Germany.military: {from: 1.8, to: 2.6, step: 0.4}
                  state.Russia.doctrine: {uniform: [0.0, 1.0]}
                """);
        return plan;
    }

    record Result(int code, String out, String err) {}

    static Result sweep(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = SweepMain.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }
}
