package org.entente.engine.sample;

import java.util.Locale;
import org.entente.engine.trace.Fmt;

/** Text and JSON ({@code entente-samples/1}, docs/trace-schema.md) of a {@link SampleSummary}. */
public final class SampleReport {
    private SampleReport() {}

    public static String text(SampleSummary s) {
        StringBuilder sb = new StringBuilder();
        sb.append("Scenario ").append(s.scenario()).append(": ").append(s.samples()).append(" sampled runs, seed ")
                .append(s.seed()).append('\n');
        sb.append("\nShare of runs at war, by pair and year\n");
        int width = 4;
        for (SampleSummary.Pair p : s.pairs()) width = Math.max(width, p.a().length() + p.b().length() + 3);
        sb.append("  ").append(pad("pair", width));
        for (int y : s.years()) sb.append(String.format(Locale.ROOT, " %6d", y));
        sb.append('\n');
        for (SampleSummary.Pair p : s.pairs()) {
            sb.append("  ").append(pad(p.a() + " - " + p.b(), width));
            for (double v : p.atWar()) sb.append("   ").append(Fmt.f2(v));
            sb.append('\n');
        }
        if (s.pairs().isEmpty()) sb.append("  (no pair at war in any run)\n");
        sb.append("\nExpectations (share of runs in which each holds; passes on a majority)\n");
        for (SampleSummary.ExpectationShare e : s.expectations()) {
            String word = !e.evaluated() ? "NOT EVALUATED" : e.passed() ? "PASS" : "FAIL";
            sb.append("  ").append(word).append(' ').append(Fmt.f2(e.share())).append(' ').append(e.expectation()).append('\n');
        }
        return sb.toString();
    }

    public static String json(SampleSummary s) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\n  \"schema\": \"entente-samples/1\",\n  \"scenario\": ").append(quote(s.scenario()))
                .append(",\n  \"samples\": ").append(s.samples()).append(",\n  \"seed\": ").append(s.seed())
                .append(",\n  \"years\": [");
        for (int k = 0; k < s.years().size(); k++) sb.append(k == 0 ? "" : ", ").append(s.years().get(k));
        sb.append("],\n  \"pairs\": [");
        for (int k = 0; k < s.pairs().size(); k++) {
            SampleSummary.Pair p = s.pairs().get(k);
            sb.append(k == 0 ? "\n" : ",\n").append("    {\"a\": ").append(quote(p.a())).append(", \"b\": ").append(quote(p.b()))
                    .append(", \"atWar\": [");
            for (int y = 0; y < p.atWar().length; y++) sb.append(y == 0 ? "" : ", ").append(Fmt.f4(p.atWar()[y]));
            sb.append("]}");
        }
        sb.append(s.pairs().isEmpty() ? "],\n" : "\n  ],\n").append("  \"expectations\": [");
        for (int k = 0; k < s.expectations().size(); k++) {
            SampleSummary.ExpectationShare e = s.expectations().get(k);
            sb.append(k == 0 ? "\n" : ",\n").append("    {\"expect\": ").append(quote(e.expectation())).append(", \"share\": ")
                    .append(Fmt.f4(e.share())).append(", \"outcome\": ").append(quote(e.outcome())).append('}');
        }
        sb.append(s.expectations().isEmpty() ? "]\n" : "\n  ]\n").append("}\n");
        return sb.toString();
    }

    private static String pad(String s, int width) { return s.length() >= width ? s : s + " ".repeat(width - s.length()); }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> { if (c < 0x20) sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c)); else sb.append(c); }
            }
        }
        return sb.append('"').toString();
    }
}
