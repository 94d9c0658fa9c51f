package org.entente.ide.quickfix;

import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;

/**
 * Xtext calls {@code @QuickFix} methods with the acceptor only; a fix's title often needs the issue
 * data ("Create state 'X'"), so the diagnostic being fixed is kept here, per thread, for the call.
 */
public abstract class DiagnosticAwareQuickfixProvider extends AbstractDeclarativeIdeQuickfixProvider {

	private final ThreadLocal<Diagnostic> current = new ThreadLocal<>();

	@Override
	public List<DiagnosticResolution> getResolutions(ICodeActionService2.Options options, Diagnostic diagnostic) {
		current.set(diagnostic);
		try {
			return super.getResolutions(options, diagnostic);
		} finally {
			current.remove();
		}
	}

	/** The diagnostic whose fixes are being collected. */
	protected Diagnostic diagnostic() {
		return current.get();
	}

	/** The value of a {@code key=value} issue datum of that diagnostic, or null. */
	protected String value(String key) {
		return IssueData.value(diagnostic(), key);
	}

	/** The i-th issue datum of that diagnostic, or null. */
	protected String data(int index) {
		return IssueData.get(diagnostic(), index);
	}
}
