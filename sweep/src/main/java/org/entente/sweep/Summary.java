package org.entente.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.entente.engine.model.Polarity;
import org.entente.sweep.out.Rows;
import org.entente.sweep.plan.Points;
import org.entente.sweep.run.SweepResult;
import org.entente.sweep.run.Tally;

/**
 * The table printed on standard output after a sweep: one line per point with its parameter values, the
 * mean number of pairs at war in the last turn, how many expectations held in a majority of the runs,
 * and the most frequent polarity of the last turn with its share (docs/sweep.md, "Summary").
 */
final class Summary {
    static final int MAX_LINES = 40;

    private Summary() {}

    static String table(SweepResult r, String csv) {
        List<String> header = new ArrayList<>(List.of("point"));
        header.addAll(r.plan().keys());
        header.addAll(List.of("runs", "wars at end", "expectations held", "polarity at end"));
        List<List<String>> lines = new ArrayList<>();
        int shown = Math.min(MAX_LINES, r.points().size());
        for (int k = 0; k < shown; k++) {
            Points.Point p = r.points().get(k);
            Tally t = r.tallies().get(k);
            List<String> line = new ArrayList<>();
            line.add(Integer.toString(p.index()));
            for (double v : p.values()) line.add(Rows.number(v).length() > 8 ? String.format(Locale.ROOT, "%.4f", v) : Rows.number(v));
            line.add(Integer.toString(t.runs()));
            line.add(String.format(Locale.ROOT, "%.2f", warsAtEnd(t, r.states().size())));
            int majority = 0;
            for (int h : t.held()) if (2 * h > t.runs()) majority++;
            line.add(majority + "/" + t.held().length);
            line.add(polarityAtEnd(t));
            lines.add(line);
        }
        int[] width = new int[header.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = header.get(c).length();
            for (List<String> l : lines) width[c] = Math.max(width[c], l.get(c).length());
        }
        StringBuilder sb = new StringBuilder();
        sb.append(row(header, width));
        for (List<String> l : lines) sb.append(row(l, width));
        if (r.points().size() > shown) {
            sb.append("... ").append(r.points().size() - shown).append(" more points in ").append(csv).append('\n');
        }
        return sb.toString();
    }

    static double warsAtEnd(Tally t, int states) {
        if (t.runs() == 0) return 0;
        int last = t.years().length - 1;
        long sum = 0;
        for (var e : t.wars().entrySet()) if (e.getKey() % t.years().length == last) sum += e.getValue();
        return sum / (double) t.runs();
    }

    static String polarityAtEnd(Tally t) {
        if (t.runs() == 0) return "-";
        int[] last = t.polarity()[t.years().length - 1];
        Polarity best = Polarity.NONPOLAR;
        for (Polarity p : Polarity.values()) if (last[p.ordinal()] > last[best.ordinal()]) best = p;
        return best.word() + " " + String.format(Locale.ROOT, "%.2f", last[best.ordinal()] / (double) t.runs());
    }

    private static String row(List<String> cells, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String s = cells.get(c);
            if (c > 0) sb.append("  ");
            sb.append(c == 0 || c > cells.size() - 4 ? s + " ".repeat(width[c] - s.length()) : " ".repeat(width[c] - s.length()) + s);
        }
        return sb.toString().stripTrailing() + "\n";
    }
}
