package org.entente.sweep;

import java.io.PrintWriter;
import java.util.Locale;

import org.entente.sweep.run.Progress;

/**
 * The progress of a sweep on standard error: {@code entente: sweep 1200/10000 runs (12%), 85 runs/s, about
 * 1 min 44 s left}. On a terminal the line is rewritten in place; otherwise a line every few seconds.
 */
final class ProgressLine implements Progress {
    private final PrintWriter err;
    private final long total;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long lastPrinted;
    private boolean open;

    ProgressLine(PrintWriter err, long total, boolean terminal) {
        this.err = err;
        this.total = total;
        this.terminal = terminal;
    }

    @Override
    public synchronized void finished(long runs) {
        long now = System.nanoTime();
        if (runs < total && now - lastPrinted < (terminal ? 500_000_000L : 5_000_000_000L)) return;
        lastPrinted = now;
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = runs / seconds;
        String line = String.format(Locale.ROOT, "entente: sweep %d/%d runs (%d%%), %s runs/s, %s", runs, total,
                total == 0 ? 100 : runs * 100 / total, String.format(Locale.ROOT, rate >= 10 ? "%.0f" : rate >= 1 ? "%.1f" : "%.2f", rate),
                runs >= total ? "done in " + duration(seconds) : "about " + duration((total - runs) / Math.max(rate, 1e-9)) + " left");
        if (terminal) {
            err.print("\r" + line + "\u001b[K");
            open = runs < total;
            if (!open) err.println();
        } else {
            err.println(line);
        }
        err.flush();
    }

    synchronized void close() {
        if (open) err.println();
        open = false;
        err.flush();
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) return s + " s";
        if (s < 3600) return s / 60 + " min " + s % 60 + " s";
        return s / 3600 + " h " + (s % 3600) / 60 + " min";
    }
}
