package org.entente.validation;

/**
 * Every diagnostic code Entente reports, in one place. Codes are stable: tools and quick fixes key
 * off them, and docs/validation.md lists them.
 */
public final class EntenteIssueCodes {

	private EntenteIssueCodes() {
	}

	private static final String PREFIX = "org.entente.";

	/** A text that does not follow the grammar. */
	public static final String SYNTAX_ERROR = "syntax-error";
	/** A name that no declaration in the file or the workspace carries. */
	public static final String UNRESOLVED_NAME = PREFIX + "unresolved-name";

	/** The short form shown to users: "unresolved-name" rather than "org.entente.unresolved-name". */
	public static String shortCode(String code) {
		if (code == null) {
			return "problem";
		}
		if (code.startsWith(PREFIX)) {
			return code.substring(PREFIX.length());
		}
		return switch (code) {
			case org.eclipse.xtext.diagnostics.Diagnostic.SYNTAX_DIAGNOSTIC -> SYNTAX_ERROR;
			case org.eclipse.xtext.diagnostics.Diagnostic.LINKING_DIAGNOSTIC -> "unresolved-name";
			default -> {
				int dot = code.lastIndexOf('.');
				yield dot >= 0 ? code.substring(dot + 1) : code;
			}
		};
	}
}
