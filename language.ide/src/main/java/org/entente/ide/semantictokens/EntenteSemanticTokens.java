package org.entente.ide.semantictokens;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.entente.ide.text.LineMap;

/**
 * Semantic tokens from the node model: keywords, numbers, strings, comments, and names coloured by
 * what they name (declared type of the cross-reference, so even unresolved names get their kind).
 */
public class EntenteSemanticTokens {

	private record Token(int offset, int length, int type, int modifiers) {
	}

	/** All tokens of the document, or those overlapping {@code range} when it is not null. */
	public SemanticTokens compute(XtextResource resource, String text, Range range, CancelIndicator cancel) {
		IParseResult parse = resource.getParseResult();
		if (parse == null || parse.getRootNode() == null) {
			return new SemanticTokens(List.of());
		}
		LineMap lines = new LineMap(text);
		int from = range == null ? 0 : lines.offset(range.getStart());
		int to = range == null ? Integer.MAX_VALUE : lines.offset(range.getEnd());
		Encoder encoder = new Encoder(lines);
		int count = 0;
		for (ILeafNode leaf : parse.getRootNode().getLeafNodes()) {
			if (leaf.getLength() == 0 || leaf.getEndOffset() <= from) {
				continue;
			}
			if (leaf.getOffset() >= to) {
				break;
			}
			if ((++count & 0xff) == 0 && cancel.isCanceled()) {
				break;
			}
			if (leaf.isHidden()) {
				if (isComment(leaf)) {
					comment(leaf, lines, encoder);
				}
				continue;
			}
			Token token = classify(leaf);
			if (token != null) {
				encoder.add(token);
			}
		}
		return new SemanticTokens(encoder.data);
	}

	private static boolean isComment(ILeafNode leaf) {
		return leaf.getGrammarElement() instanceof TerminalRule rule
				&& ("SL_COMMENT".equals(rule.getName()) || "ML_COMMENT".equals(rule.getName()));
	}

	/** A comment, one token per line (LSP tokens may not span lines); a line comment ends before its line break. */
	private static void comment(ILeafNode leaf, LineMap lines, Encoder encoder) {
		String text = leaf.getText();
		int start = 0;
		while (start <= text.length()) {
			int end = text.indexOf('\n', start);
			int lineEnd = end < 0 ? text.length() : end;
			int length = lineEnd - start;
			if (length > 0 && text.charAt(lineEnd - 1) == '\r') {
				length--;
			}
			if (length > 0) {
				encoder.add(new Token(leaf.getOffset() + start, length, EntenteTokenTypes.COMMENT, 0));
			}
			if (end < 0) {
				break;
			}
			start = end + 1;
		}
	}

	/** LSP's relative encoding: each token as (line delta, start delta, length, type, modifiers). */
	private static final class Encoder {
		private final LineMap lines;
		private final List<Integer> data = new ArrayList<>();
		private int lastLine;
		private int lastChar;

		Encoder(LineMap lines) {
			this.lines = lines;
		}

		void add(Token token) {
			Position start = lines.position(token.offset());
			if (lines.line(token.offset() + token.length()) != start.getLine()) {
				return; // LSP tokens may not span lines
			}
			int deltaLine = start.getLine() - lastLine;
			data.add(deltaLine);
			data.add(deltaLine == 0 ? start.getCharacter() - lastChar : start.getCharacter());
			data.add(token.length());
			data.add(token.type());
			data.add(token.modifiers());
			lastLine = start.getLine();
			lastChar = start.getCharacter();
		}
	}

	private Token classify(ILeafNode leaf) {
		EObject grammarElement = leaf.getGrammarElement();
		if (grammarElement instanceof Keyword keyword) {
			return Character.isLetter(keyword.getValue().charAt(0))
					? new Token(leaf.getOffset(), leaf.getLength(), EntenteTokenTypes.KEYWORD, 0)
					: null;
		}
		if (grammarElement instanceof EnumLiteralDeclaration) {
			// alliance | pact | entente, ngo | corporation | armed-group
			return new Token(leaf.getOffset(), leaf.getLength(), EntenteTokenTypes.KEYWORD, 0);
		}
		if (grammarElement instanceof CrossReference crossReference) {
			int type = EntenteTokenTypes.forDeclarationType((EClass) crossReference.getType().getClassifier());
			return type < 0 ? null : new Token(leaf.getOffset(), leaf.getLength(), type, 0);
		}
		if (grammarElement instanceof RuleCall call) {
			AbstractRule rule = call.getRule();
			if (rule instanceof TerminalRule) {
				switch (rule.getName()) {
					case "INT", "DECIMAL":
						return new Token(leaf.getOffset(), leaf.getLength(), EntenteTokenTypes.NUMBER, 0);
					case "STRING":
						return new Token(leaf.getOffset(), leaf.getLength(), EntenteTokenTypes.STRING, 0);
					case "ID":
						return declaredName(leaf, call);
					default:
						return null;
				}
			}
		}
		return null;
	}

	private Token declaredName(ILeafNode leaf, RuleCall call) {
		Assignment assignment = EcoreUtil2.getContainerOfType(call, Assignment.class);
		if (assignment == null || !"name".equals(assignment.getFeature())) {
			return null;
		}
		EObject declaration = NodeModelUtils.findActualSemanticObjectFor(leaf);
		if (declaration == null) {
			return null;
		}
		int type = EntenteTokenTypes.forDeclarationType(declaration.eClass());
		return type < 0 ? null
				: new Token(leaf.getOffset(), leaf.getLength(), type, EntenteTokenTypes.DECLARATION_MODIFIER);
	}
}
