package io.blogsearch.cli;

import io.blogsearch.write.ProgressListener;
import java.io.PrintWriter;

/** A one-line progress bar for a terminal, redrawn in place at most every 100 ms. */
final class ProgressBar implements ProgressListener {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter out;
    private long lastDraw;
    private boolean drawn;

    ProgressBar(PrintWriter out) {
        this.out = out;
    }

    @Override
    public synchronized void progress(String phase, int done, int total) {
        long now = System.nanoTime();
        if (done < total && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
        String bar = "#".repeat(filled) + " ".repeat(WIDTH - filled);
        out.printf("\r[%s] %3d%% %-8s %d/%d", bar, total == 0 ? 100 : done * 100L / total, phase, done, total);
        out.flush();
        drawn = true;
    }

    /** Ends the bar's line. */
    synchronized void done() {
        if (drawn) {
            out.print("\r" + " ".repeat(WIDTH + 40) + "\r");
            out.flush();
        }
    }
}
