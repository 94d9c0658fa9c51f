package org.entente.linking;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.entente.entente.EntentePackage;
import org.entente.validation.EntenteIssueCodes;

/** Says "no state named X" instead of Xtext's "Couldn't resolve reference to StateDecl 'X'". */
public class EntenteLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass type = context.getReference().getEReferenceType();
		String kind = kindName(type);
		String name = context.getLinkText();
		String message = "No " + kind + " named '" + name + "' is declared in this file or its folder.";
		return new DiagnosticMessage(message, Severity.ERROR, EntenteIssueCodes.UNRESOLVED_NAME, kind, name);
	}

	/** The word users know for a declaration kind. */
	public static String kindName(EClass type) {
		EntentePackage p = EntentePackage.eINSTANCE;
		if (type == p.getStateDecl()) {
			return "state";
		}
		if (type == p.getTreaty() || p.getTreaty().isSuperTypeOf(type)) {
			return "treaty";
		}
		if (type == p.getIdeology()) {
			return "ideology";
		}
		if (type == p.getRegion()) {
			return "region";
		}
		return type.getName().toLowerCase(java.util.Locale.ROOT);
	}
}
