package org.entente.ide.symbols;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;

/** Workspace and flat document symbols: a state is a class, a treaty an interface, ... */
public class EntenteSymbolKindProvider extends DocumentSymbolKindProvider {

	@Override
	protected SymbolKind getSymbolKind(EClass type) {
		return DeclarationSymbols.symbolKind(type);
	}
}
