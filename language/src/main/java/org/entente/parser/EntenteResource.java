package org.entente.parser;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource.Diagnostic;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;

/** Reports a syntax error at the token its message names (see EntenteSyntaxErrorMessageProvider). */
public class EntenteResource extends LazyLinkingResource {

	@Override
	protected void addSyntaxDiagnostic(List<Diagnostic> diagnostics, INode node) {
		PositionedSyntaxDiagnostic positioned = PositionedSyntaxDiagnostic.of(node);
		if (positioned != null) {
			diagnostics.add(positioned);
		} else {
			super.addSyntaxDiagnostic(diagnostics, node);
		}
	}
}
