package org.entente.ide.contentassist;

import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.entente.services.EntenteGrammarAccess;

import com.google.inject.Inject;

/**
 * Keywords in context and cross-references come from Xtext; this adds the declaration templates
 * (a new state, a new alliance) wherever the keyword {@code state} could start a declaration.
 */
public class EntenteIdeContentProposalProvider extends IdeContentProposalProvider {

	private static final int TEMPLATE_PRIORITY = 600;

	@Inject
	private EntenteGrammarAccess grammar;

	@Inject
	private ScenarioTemplates templates;

	@Override
	protected void _createProposals(Keyword keyword, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		super._createProposals(keyword, context, acceptor);
		if (keyword == grammar.getStateDeclAccess().getStateKeyword_0()) {
			for (ScenarioTemplates.Template template : templates.declarations()) {
				if (template.body().startsWith(context.getPrefix())) {
					acceptor.accept(templates.toEntry(template, context.getPrefix()), TEMPLATE_PRIORITY);
				}
			}
		}
	}
}
