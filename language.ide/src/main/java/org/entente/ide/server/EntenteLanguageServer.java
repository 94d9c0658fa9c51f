package org.entente.ide.server;

import java.io.File;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.log4j.Logger;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensRangeParams;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.util.CancelIndicator;
import org.entente.ide.commands.ScenarioCommands;
import org.entente.ide.contentassist.PlainTextCompletion;
import org.entente.ide.generation.GenerateOnSave;
import org.entente.ide.inlay.EntenteInlayHints;
import org.entente.ide.semantictokens.EntenteSemanticTokens;
import org.entente.ide.semantictokens.EntenteTokenTypes;

import com.google.gson.JsonPrimitive;

/**
 * Xtext's language server plus what it lacks: semantic tokens for a range with Entente's own
 * legend, inlay hints, and no signature help (Entente has no calls, so Xtext's would be empty). It
 * offers only what the client declared it can use (docs/editors.md, "What each client needs"): code
 * lenses need {@code workspace.executeCommand}, templates as snippets need {@code snippetSupport}.
 * Generated files are written on save, not on every edit.
 */
public class EntenteLanguageServer extends LanguageServerImpl {

	private static final Logger LOG = Logger.getLogger(EntenteLanguageServer.class);

	private volatile ClientCapabilities client = new ClientCapabilities();

	@Override
	protected ServerCapabilities createServerCapabilities(InitializeParams params) {
		if (params.getCapabilities() != null) {
			client = params.getCapabilities();
		}
		ServerCapabilities capabilities = super.createServerCapabilities(params);
		capabilities.setSignatureHelpProvider(null);
		if (!clientRunsCommands()) {
			// a lens is a command to run: without executeCommand the client could only show it
			capabilities.setCodeLensProvider(null);
		}
		SemanticTokensWithRegistrationOptions tokens = new SemanticTokensWithRegistrationOptions(EntenteTokenTypes.legend());
		tokens.setFull(true);
		tokens.setRange(true);
		capabilities.setSemanticTokensProvider(tokens);
		capabilities.setInlayHintProvider(Either.forLeft(true));
		return capabilities;
	}

	private boolean clientRunsCommands() {
		return client.getWorkspace() != null && client.getWorkspace().getExecuteCommand() != null;
	}

	private boolean clientExpandsSnippets() {
		return client.getTextDocument() != null && client.getTextDocument().getCompletion() != null
				&& client.getTextDocument().getCompletion().getCompletionItem() != null
				&& Boolean.TRUE.equals(client.getTextDocument().getCompletion().getCompletionItem().getSnippetSupport());
	}

	@Override
	protected List<? extends CodeLens> codeLens(CodeLensParams params, CancelIndicator cancelIndicator) {
		if (!clientRunsCommands()) {
			return Collections.emptyList();
		}
		return super.codeLens(params, cancelIndicator);
	}

	@Override
	protected Either<List<CompletionItem>, CompletionList> completion(CancelIndicator cancelIndicator, CompletionParams params) {
		Either<List<CompletionItem>, CompletionList> result = super.completion(cancelIndicator, params);
		if (!clientExpandsSnippets() && result != null) {
			PlainTextCompletion.toPlainText(result.isLeft() ? result.getLeft() : result.getRight().getItems());
		}
		return result;
	}

	/**
	 * {@code entente.run} and {@code entente.landscape} on the file named by the one argument. Anything
	 * else is answered with an InvalidParams error that says what is wrong (never a stack trace).
	 */
	@Override
	protected Object executeCommand(ExecuteCommandParams params, CancelIndicator cancelIndicator) {
		String command = params.getCommand();
		if (!ScenarioCommands.COMMANDS.contains(command)) {
			throw invalidParams("entente: unknown command '" + command + "'; the commands are "
					+ String.join(" and ", ScenarioCommands.COMMANDS) + ".");
		}
		String argument = params.getArguments() == null || params.getArguments().isEmpty() ? null
				: uriArgument(params.getArguments().get(0));
		if (argument == null || argument.isBlank()) {
			throw invalidParams("entente: " + command + " needs the URI of an .entente file as its argument.");
		}
		URI uri = uriOf(argument);
		ScenarioCommands commands = uri == null ? null : getService(uri, ScenarioCommands.class);
		if (commands == null || !inWorkspace(uri)) {
			throw invalidParams("entente: no .entente file in the workspace at " + argument + ".");
		}
		return commands.execute(new ExecuteCommandParams(command, List.of(uri.toString())), getLanguageServerAccess(),
				cancelIndicator);
	}

	private static String uriArgument(Object argument) {
		if (argument instanceof JsonPrimitive json && json.isString()) {
			return json.getAsString();
		}
		return argument instanceof String text ? text : null;
	}

	private URI uriOf(String argument) {
		try {
			return getURI(new org.eclipse.lsp4j.TextDocumentIdentifier(argument));
		} catch (RuntimeException e) {
			return null;
		}
	}

	/** An open document, or a file on disk under a folder of the workspace. */
	private boolean inWorkspace(URI uri) {
		if (getWorkspaceManager().isDocumentOpen(uri)) {
			return true;
		}
		return uri.isFile() && new File(uri.toFileString()).isFile() && getWorkspaceManager().getProjectManager(uri) != null;
	}

	private static ResponseErrorException invalidParams(String message) {
		return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null));
	}

	/** Writes the saved scenario's generated files into {@code src-gen/} next to it ({@link GenerateOnSave}). */
	@Override
	public void didSave(DidSaveTextDocumentParams params) {
		super.didSave(params);
		URI uri = getURI(params.getTextDocument());
		GenerateOnSave generation = getService(uri, GenerateOnSave.class);
		if (generation == null) {
			return;
		}
		getRequestManager().runRead(cancel -> getWorkspaceManager().doRead(uri, (document, resource) -> {
			try {
				return resource == null ? List.of() : generation.generate(resource, cancel);
			} catch (java.io.IOException | RuntimeException e) {
				LOG.warn("entente: could not write the generated files of " + uri + ": " + e.getMessage());
				return List.of();
			}
		}));
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
