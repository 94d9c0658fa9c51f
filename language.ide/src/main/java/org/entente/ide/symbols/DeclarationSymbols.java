package org.entente.ide.symbols;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.entente.naming.DeclarationKind;

/** How each {@link DeclarationKind} shows in the outline: its LSP symbol kind and its group's title. */
final class DeclarationSymbols {

	private DeclarationSymbols() {
	}

	static SymbolKind symbolKind(EClass type) {
		return symbolKind(DeclarationKind.of(type));
	}

	static SymbolKind symbolKind(DeclarationKind kind) {
		return switch (kind) {
			case SCENARIO -> SymbolKind.Module;
			case IDEOLOGY -> SymbolKind.Enum;
			case REGION -> SymbolKind.Namespace;
			case STATE -> SymbolKind.Class;
			case ORGANIZATION -> SymbolKind.Struct;
			case ACTOR -> SymbolKind.Object;
			case RELATION -> SymbolKind.Operator;
			case TREATY -> SymbolKind.Interface;
			case EVENT -> SymbolKind.Event;
			case EXPECTATION -> SymbolKind.Boolean;
			case OTHER -> SymbolKind.Property;
		};
	}

	static String group(DeclarationKind kind) {
		return switch (kind) {
			case SCENARIO -> "Scenario";
			case IDEOLOGY -> "Ideologies";
			case REGION -> "Regions";
			case STATE -> "States";
			case ORGANIZATION -> "Organizations";
			case ACTOR -> "Actors";
			case RELATION -> "Relations";
			case TREATY -> "Treaties";
			case EVENT -> "Events";
			case EXPECTATION -> "Expectations";
			case OTHER -> "Other";
		};
	}
}
