package org.entente.importer.history;

import org.entente.importer.ImportException;

/**
 * Bad input to the history harness, as opposed to bad data: an unknown war number, a war that is
 * not multi-state, a data folder without the war tables. {@code entente history} exits 2 on it.
 */
public class HistoryInputException extends ImportException {

    private static final long serialVersionUID = 1L;

    public HistoryInputException(String message) {
        super(message);
    }
}
