package org.entente.importer;

/**
 * Bad input for an import: a missing or malformed table, an unusable data folder, or a request
 * naming states that are unknown or not in the state system in the requested year. The message is
 * meant to be shown to the user as is (it names the file, column and line where applicable).
 */
public class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
