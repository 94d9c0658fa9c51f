package org.entente.loading;

/**
 * One problem in one file, as users see it: {@code file:line:column: severity: message [code]}.
 * Lines and columns count from 1.
 */
public record EntenteDiagnostic(String file, int line, int column, String severity, String code, String message) {

	public boolean countsAsError() {
		return "error".equals(severity);
	}

	/** The human form printed by {@code entente check}. */
	public String toHumanString() {
		return file + ":" + line + ":" + column + ": " + severity + ": " + message + " [" + code + "]";
	}
}
