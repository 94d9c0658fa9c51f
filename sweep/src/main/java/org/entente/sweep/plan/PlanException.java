package org.entente.sweep.plan;

/** A plan that cannot run: the message names the file, line and column ({@code file:line:col: message}). */
public final class PlanException extends Exception {
    private static final long serialVersionUID = 1L;

    public PlanException(String file, int line, int column, String message) {
        super(file + ":" + Math.max(1, line) + ":" + Math.max(1, column) + ": " + message);
    }
}
