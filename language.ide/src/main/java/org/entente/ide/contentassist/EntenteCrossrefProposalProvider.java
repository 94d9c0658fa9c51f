package org.entente.ide.contentassist;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.entente.entente.Ideology;
import org.entente.entente.Region;
import org.entente.entente.StateDecl;
import org.entente.entente.Treaty;
import org.entente.ide.insight.ScenarioInsight;

import com.google.inject.Inject;

/**
 * Names offered after {@code members}, {@code borders}, {@code joins}, ...: the scope already keeps
 * only the declarations of the right kind; this adds what each one is (full name, capabilities).
 */
public class EntenteCrossrefProposalProvider extends IdeCrossrefProposalProvider {

	@Inject
	private ScenarioInsight insight;

	@Override
	protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference crossRef,
			ContentAssistContext context) {
		ContentAssistEntry entry = super.createProposal(candidate, crossRef, context);
		if (entry == null) {
			return null;
		}
		EObject target = candidate.getEObjectOrProxy();
		if (target.eIsProxy()) {
			target = EcoreUtil.resolve(target, context.getResource());
		}
		if (target instanceof StateDecl state) {
			entry.setKind(ContentAssistEntry.KIND_CLASS);
			entry.setDescription(insight.stateDetail(state));
		} else if (target instanceof Treaty treaty) {
			entry.setKind(ContentAssistEntry.KIND_INTERFACE);
			entry.setDescription(insight.treatyDetail(treaty));
		} else if (target instanceof Ideology ideology) {
			entry.setKind(ContentAssistEntry.KIND_ENUM);
			entry.setDescription(ideology.getTitle() != null ? "ideology — " + ideology.getTitle() : "ideology");
		} else if (target instanceof Region region) {
			entry.setKind(ContentAssistEntry.KIND_MODULE);
			entry.setDescription(region.getTitle() != null ? "region — " + region.getTitle() : "region");
		}
		return entry;
	}
}
