package org.entente.linking;

import java.util.ArrayList;
import java.util.List;

import org.apache.log4j.Logger;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.entente.naming.DeclarationKind;
import org.entente.parser.Spelling;
import org.entente.validation.EntenteIssueCodes;

import com.google.inject.Inject;

/**
 * Says "no state named X" instead of Xtext's "Couldn't resolve reference to StateDecl 'X'", and
 * suggests the closest name in scope ({@link Spelling}): "did you mean 'Beta'?".
 */
public class EntenteLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	private static final Logger LOG = Logger.getLogger(EntenteLinkingDiagnosticMessageProvider.class);

	@Inject
	private IScopeProvider scopeProvider;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass type = context.getReference().getEReferenceType();
		String kind = kindName(type);
		String name = context.getLinkText();
		String message = "No " + kind + " named '" + name + "' is declared in this file or its folder.";
		String suggestion = Spelling.closest(name, namesInScope(context)).map(n -> " Did you mean '" + n + "'?").orElse("");
		return new DiagnosticMessage(message + suggestion, Severity.ERROR, EntenteIssueCodes.UNRESOLVED_NAME, kind, name);
	}

	/** The names the reference could have taken; none when the scope cannot be computed. */
	private List<String> namesInScope(ILinkingDiagnosticContext context) {
		List<String> names = new ArrayList<>();
		if (scopeProvider == null || context.getContext() == null) {
			return names;
		}
		try {
			for (IEObjectDescription description : scopeProvider.getScope(context.getContext(), context.getReference())
					.getAllElements()) {
				names.add(description.getName().toString());
			}
		} catch (RuntimeException e) {
			// a suggestion is a courtesy: without a scope the message stands alone
			LOG.debug("no names in scope to suggest for '" + context.getLinkText() + "'", e);
		}
		return names;
	}

	/** The word users know for a declaration kind ({@link DeclarationKind}). */
	public static String kindName(EClass type) {
		DeclarationKind kind = DeclarationKind.of(type);
		return kind.named() ? kind.word() : type.getName().toLowerCase(java.util.Locale.ROOT);
	}
}
