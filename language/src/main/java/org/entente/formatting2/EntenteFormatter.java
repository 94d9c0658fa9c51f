package org.entente.formatting2;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.internal.MultilineCommentReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.entente.entente.Actor;
import org.entente.entente.Alliance;
import org.entente.entente.Clause;
import org.entente.entente.Element;
import org.entente.entente.Guarantee;
import org.entente.entente.Model;
import org.entente.entente.Organization;
import org.entente.entente.ScenarioHeader;
import org.entente.entente.Settings;
import org.entente.entente.StateDecl;
import org.entente.entente.Treaty;

/**
 * Lays a scenario out like the examples of docs/language.md: one declaration per line, blocks indented, a
 * state's capabilities on one line and each other property on its own, one clause per line.
 */
public class EntenteFormatter extends AbstractJavaFormatter {

	private static final Set<String> CAPABILITIES = Set.of("military", "economy", "population");

	protected void format(Model model, IFormattableDocument doc) {
		spaceTokens(model, doc);
		boolean first = true;
		if (model.getHeader() != null) {
			doc.format(model.getHeader());
			first = false;
		}
		for (Element element : model.getElements()) {
			if (!first) {
				doc.prepend(element, it -> it.setNewLines(1, 1, 2));
			}
			first = false;
			doc.format(element);
		}
		EObject last = model.getElements().isEmpty() ? model.getHeader() : model.getElements().get(model.getElements().size() - 1);
		if (last != null) {
			doc.append(last, it -> it.setNewLines(1));
		}
	}

	/** One space between tokens unless a rule says otherwise; no space before ',' ':' and '%'. */
	private void spaceTokens(Model model, IFormattableDocument doc) {
		for (ISemanticRegion region : getTextRegionAccess().regionForRootEObject().getAllSemanticRegions()) {
			doc.append(region, it -> {
				it.oneSpace();
				it.lowPriority();
			});
			String text = region.getText();
			if (",".equals(text) || ":".equals(text)) {
				doc.prepend(region, it -> it.noSpace());
			}
		}
	}

	protected void format(ScenarioHeader header, IFormattableDocument doc) {
		ISemanticRegion from = regionFor(header).keyword("from");
		if (from != null) {
			// the period of the scenario goes on its own, indented line
			doc.prepend(from, it -> it.newLine());
			doc.set(from.getPreviousHiddenRegion(), header.eResource() == null ? null
					: getTextRegionAccess().regionForEObject(header).getNextHiddenRegion(), it -> it.indent());
		}
	}

	protected void format(Settings settings, IFormattableDocument doc) {
		block(settings, doc);
		lineStarts(settings, doc, List.of("weights", "threatFloor", "greatPower", "armsGrowth", "lapseAfter", "poleShare", "decision"));
	}

	protected void format(StateDecl state, IFormattableDocument doc) {
		block(state, doc);
		List<ISemanticRegion> keywords = regionFor(state).keywords("military", "economy", "population", "offensive",
				"intent", "ideology", "region", "borders", "stability", "size", "doctrine", "great", "since");
		String previous = null;
		for (ISemanticRegion keyword : keywords) {
			boolean sameLine = previous != null && CAPABILITIES.contains(previous) && CAPABILITIES.contains(keyword.getText());
			if (sameLine) {
				doc.prepend(keyword, it -> it.oneSpace());
			} else {
				doc.prepend(keyword, it -> it.newLine());
			}
			previous = keyword.getText();
		}
	}

	protected void format(Organization organization, IFormattableDocument doc) {
		block(organization, doc);
		lineStarts(organization, doc, List.of("members"));
	}

	protected void format(Actor actor, IFormattableDocument doc) {
		block(actor, doc);
		lineStarts(actor, doc, List.of("targets", "strength", "sponsor"));
	}

	protected void format(Alliance alliance, IFormattableDocument doc) {
		treaty(alliance, doc, List.of("members", "signed", "expires", "durable", "reliability"));
	}

	protected void format(Guarantee guarantee, IFormattableDocument doc) {
		// "by Russia to Serbia" reads as one phrase
		treaty(guarantee, doc, List.of("by", "signed", "expires", "durable", "reliability"));
	}

	private void treaty(Treaty treaty, IFormattableDocument doc, List<String> lineKeywords) {
		block(treaty, doc);
		lineStarts(treaty, doc, lineKeywords);
		for (Clause clause : treaty.getClauses()) {
			doc.prepend(clause, it -> it.newLine());
		}
	}

	/** Space before '{', contents indented, '{' ends a line and '}' starts one. */
	private void block(EObject object, IFormattableDocument doc) {
		ISemanticRegion open = regionFor(object).keyword("{");
		ISemanticRegion close = regionFor(object).keyword("}");
		if (open == null || close == null) {
			return;
		}
		doc.prepend(open, it -> it.oneSpace());
		doc.append(open, it -> it.newLine());
		doc.prepend(close, it -> it.newLine());
		doc.interior(open, close, it -> it.indent());
	}

	private void lineStarts(EObject object, IFormattableDocument doc, List<String> keywords) {
		for (ISemanticRegion keyword : regionFor(object).keywords(keywords.toArray(String[]::new))) {
			doc.prepend(keyword, it -> it.newLine());
		}
	}

	/**
	 * Text the lexer could not read (stray characters such as {@code §} or {@code ወ}) sits in the hidden
	 * regions like a comment without a grammar rule; Xtext's default throws for it. Leave it as it is,
	 * so that a file with syntax errors can still be formatted.
	 */
	@Override
	public ITextReplacer createCommentReplacer(IComment comment) {
		if (comment.getGrammarElement() instanceof AbstractRule rule && "ML_COMMENT".equals(rule.getName())) {
			// a block comment is the author's text: its lines stay as written (only its start is placed)
			return new MultilineCommentReplacer(comment, '*') {
				@Override
				public ITextReplacerContext createReplacements(ITextReplacerContext context) {
					return context;
				}
			};
		}
		if (comment.getGrammarElement() instanceof AbstractRule) {
			return super.createCommentReplacer(comment);
		}
		return new ITextReplacer() {
			@Override
			public ITextSegment getRegion() {
				return comment;
			}

			@Override
			public ITextReplacerContext createReplacements(ITextReplacerContext context) {
				return context;
			}
		};
	}
}
