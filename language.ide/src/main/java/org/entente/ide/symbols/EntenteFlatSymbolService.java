package org.entente.ide.symbols;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;

/** Flat document symbols and workspace symbols (and definitions/references): Entente's symbol kinds. */
public class EntenteFlatSymbolService extends DocumentSymbolService {

	@Override
	protected SymbolKind getSymbolKind(EClass type) {
		return DeclarationSymbols.symbolKind(type);
	}
}
