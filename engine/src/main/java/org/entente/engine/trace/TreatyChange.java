package org.entente.engine.trace;

import org.entente.engine.model.TreatyStatus;

/** A treaty's status change in a turn, with the reason in words. */
public record TreatyChange(int year, String treaty, TreatyStatus from, TreatyStatus to, String reason) {
    public String describe() { return treaty + ": " + to.word() + " (" + reason + ")"; }
}
