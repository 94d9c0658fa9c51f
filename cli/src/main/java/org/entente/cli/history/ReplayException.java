package org.entente.cli.history;

import java.util.List;

import org.entente.loading.EntenteDiagnostic;

/** The imported scenario of a war does not check: it cannot be run. */
public class ReplayException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<EntenteDiagnostic> errors;

    public ReplayException(String message, List<EntenteDiagnostic> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<EntenteDiagnostic> errors() {
        return errors;
    }
}
