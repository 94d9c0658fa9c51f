package org.entente.ide.quickfix;

import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.entente.entente.Ideology;
import org.entente.entente.Region;
import org.entente.entente.StateDecl;
import org.entente.validation.EntenteIssueCodes;

import com.google.inject.Inject;

/**
 * Quick fixes, one method per issue code (see {@link EntenteIssueCodes}); each reads the issue data
 * the validator attached and answers with text edits.
 */
public class EntenteQuickfixProvider extends DiagnosticAwareQuickfixProvider {

	@Inject
	private DeclarationInserter inserter;

	/** Issue data: [kind, name]. Offers to declare the missing state, ideology or region. */
	@QuickFix(EntenteIssueCodes.UNRESOLVED_NAME)
	public void createMissingDeclaration(DiagnosticResolutionAcceptor acceptor) {
		String kind = data(0);
		String name = data(1);
		if (kind == null || name == null || !name.matches("\\^?[A-Za-z_][A-Za-z0-9_]*")) {
			return;
		}
		switch (kind) {
			case "state" -> acceptor.accept("Create state '" + name + "'",
					(d, element, document) -> inserter.insert(element, StateDecl.class, "state " + name + " { }", document));
			case "ideology" -> acceptor.accept("Create ideology '" + name + "'",
					(d, element, document) -> inserter.insert(element, Ideology.class, "ideology " + name, document));
			case "region" -> acceptor.accept("Create region '" + name + "'",
					(d, element, document) -> inserter.insert(element, Region.class, "region " + name, document));
			default -> {
				// treaties need members and clauses: no one-line declaration to offer
			}
		}
	}
}
