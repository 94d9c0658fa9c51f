package org.entente.ide.server;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensRangeParams;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.util.CancelIndicator;
import org.entente.ide.inlay.EntenteInlayHints;
import org.entente.ide.semantictokens.EntenteSemanticTokens;
import org.entente.ide.semantictokens.EntenteTokenTypes;

/**
 * Xtext's language server plus what it lacks: semantic tokens for a range with Entente's own
 * legend, inlay hints, and no signature help (Entente has no calls, so Xtext's would be empty).
 */
public class EntenteLanguageServer extends LanguageServerImpl {

	@Override
	protected ServerCapabilities createServerCapabilities(InitializeParams params) {
		ServerCapabilities capabilities = super.createServerCapabilities(params);
		capabilities.setSignatureHelpProvider(null);
		SemanticTokensWithRegistrationOptions tokens = new SemanticTokensWithRegistrationOptions(EntenteTokenTypes.legend());
		tokens.setFull(true);
		tokens.setRange(true);
		capabilities.setSemanticTokensProvider(tokens);
		capabilities.setInlayHintProvider(Either.forLeft(true));
		return capabilities;
	}

	@Override
	protected SemanticTokens semanticTokensFull(SemanticTokensParams params, CancelIndicator cancelIndicator) {
		return semanticTokens(getURI(params.getTextDocument()), null, cancelIndicator);
	}

	@Override
	public CompletableFuture<SemanticTokens> semanticTokensRange(SemanticTokensRangeParams params) {
		return getRequestManager().runRead(
				cancel -> semanticTokens(getURI(params.getTextDocument()), params.getRange(), cancel));
	}

	private SemanticTokens semanticTokens(URI uri, Range range, CancelIndicator cancel) {
		EntenteSemanticTokens service = getService(uri, EntenteSemanticTokens.class);
		if (service == null) {
			return new SemanticTokens(Collections.emptyList());
		}
		return getWorkspaceManager().doRead(uri,
				(document, resource) -> service.compute(resource, document.getContents(), range, cancel));
	}

	@Override
	public CompletableFuture<List<InlayHint>> inlayHint(InlayHintParams params) {
		return getRequestManager().runRead(cancel -> {
			URI uri = getURI(params.getTextDocument());
			EntenteInlayHints service = getService(uri, EntenteInlayHints.class);
			if (service == null) {
				return Collections.<InlayHint>emptyList();
			}
			return getWorkspaceManager().doRead(uri,
					(document, resource) -> service.compute(resource, document.getContents(), params.getRange(), cancel));
		});
	}
}
