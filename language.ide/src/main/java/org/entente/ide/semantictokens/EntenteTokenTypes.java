package org.entente.ide.semantictokens;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SemanticTokenModifiers;
import org.eclipse.lsp4j.SemanticTokenTypes;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.entente.naming.DeclarationKind;

/**
 * The semantic-token legend. Standard LSP types so every client's theme colours them: a state is a
 * {@code class}, a treaty an {@code interface}, an ideology an {@code enum}, a region a
 * {@code namespace}, an organization a {@code struct}, a non-state actor a {@code type}, a comment a
 * {@code comment} (new types go at the end: clients index the legend); declarations
 * carry the {@code declaration} modifier.
 */
public final class EntenteTokenTypes {

	public static final List<String> TYPES = List.of(
			SemanticTokenTypes.Keyword,
			SemanticTokenTypes.Number,
			SemanticTokenTypes.String,
			SemanticTokenTypes.Class,
			SemanticTokenTypes.Interface,
			SemanticTokenTypes.Enum,
			SemanticTokenTypes.Namespace,
			SemanticTokenTypes.Struct,
			SemanticTokenTypes.Type,
			SemanticTokenTypes.Comment);

	public static final List<String> MODIFIERS = List.of(SemanticTokenModifiers.Declaration);

	public static final int KEYWORD = 0;
	public static final int NUMBER = 1;
	public static final int STRING = 2;
	public static final int STATE = 3;
	public static final int TREATY = 4;
	public static final int IDEOLOGY = 5;
	public static final int REGION = 6;
	public static final int ORGANIZATION = 7;
	public static final int ACTOR = 8;
	/** Line and block comments, so that clients without a TextMate grammar colour them too. */
	public static final int COMMENT = 9;

	public static final int DECLARATION_MODIFIER = 1;

	private EntenteTokenTypes() {
	}

	public static SemanticTokensLegend legend() {
		return new SemanticTokensLegend(TYPES, MODIFIERS);
	}

	/** The token type for a name of this kind, or -1 for kinds that are not highlighted. */
	public static int forDeclarationType(EClass type) {
		return switch (DeclarationKind.of(type)) {
			case STATE -> STATE;
			case TREATY -> TREATY;
			case IDEOLOGY -> IDEOLOGY;
			case REGION -> REGION;
			case ORGANIZATION -> ORGANIZATION;
			case ACTOR -> ACTOR;
			default -> -1;
		};
	}
}
