package org.entente.tests.lsp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.ExecuteCommandCapabilities;
import org.eclipse.lsp4j.FoldingRangeCapabilities;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.RenameCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.eclipse.xtext.util.Modules2;
import org.entente.ide.server.EntenteServerModule;

import com.google.inject.Module;

/** Xtext's language-server harness with Entente's server, plus small helpers for direct LSP calls. */
public abstract class AbstractEntenteLanguageServerTest extends AbstractLanguageServerTest {

	protected AbstractEntenteLanguageServerTest() {
		super("entente");
	}

	@Override
	protected Module getServerModule() {
		return Modules2.mixin(super.getServerModule(), new EntenteServerModule());
	}

	/** Writes the file into the test workspace, initializes the server if needed, and opens it. */
	protected String openFile(String name, String text) {
		String uri = writeFile(name, text);
		initializeOnce();
		open(uri, text);
		return uri;
	}

	private InitializeResult initializeResult;

	/** Initializes like a modern client: hierarchical outline, executeCommand, rename with prepare, snippets. */
	protected InitializeResult initializeOnce() {
		if (initializeResult == null) {
			hierarchicalDocumentSymbolSupport = true;
			initializeResult = initialize(params -> {
				ClientCapabilities capabilities = params.getCapabilities() != null ? params.getCapabilities()
						: new ClientCapabilities();
				WorkspaceClientCapabilities workspace = capabilities.getWorkspace() != null ? capabilities.getWorkspace()
						: new WorkspaceClientCapabilities();
				workspace.setExecuteCommand(new ExecuteCommandCapabilities());
				workspace.setWorkspaceFolders(true);
				capabilities.setWorkspace(workspace);
				TextDocumentClientCapabilities textDocument = capabilities.getTextDocument() != null
						? capabilities.getTextDocument() : new TextDocumentClientCapabilities();
				DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
				symbols.setHierarchicalDocumentSymbolSupport(true);
				textDocument.setDocumentSymbol(symbols);
				textDocument.setFoldingRange(new FoldingRangeCapabilities());
				textDocument.setRename(new RenameCapabilities(true, false));
				textDocument.setCompletion(new CompletionCapabilities(new CompletionItemCapabilities(true)));
				capabilities.setTextDocument(textDocument);
				configureClient(capabilities);
				params.setCapabilities(capabilities);
			});
		}
		return initializeResult;
	}

	/** Tests of other clients change what the client declares here (the default is a modern client). */
	protected void configureClient(ClientCapabilities capabilities) {
	}

	/** The position of the first occurrence of {@code needle} plus {@code shift} characters. */
	protected static Position positionOf(String text, String needle, int shift) {
		int offset = text.indexOf(needle);
		if (offset < 0) {
			throw new IllegalArgumentException("'" + needle + "' not in text");
		}
		return positionAt(text, offset + shift);
	}

	/** The position right after the first occurrence of {@code needle}. */
	protected static Position after(String text, String needle) {
		return positionOf(text, needle, needle.length());
	}

	/** The position right after the last occurrence of {@code needle}. */
	protected static Position afterLast(String text, String needle) {
		int offset = text.lastIndexOf(needle);
		if (offset < 0) {
			throw new IllegalArgumentException("'" + needle + "' not in text");
		}
		return positionAt(text, offset + needle.length());
	}

	protected static Position positionAt(String text, int offset) {
		int line = 0;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new Position(line, offset - lineStart);
	}

	protected static int offsetOf(String text, Position position) {
		int line = 0;
		int i = 0;
		while (line < position.getLine() && i < text.length()) {
			if (text.charAt(i++) == '\n') {
				line++;
			}
		}
		return i + position.getCharacter();
	}

	/** Applies non-overlapping edits to a text, as a client would. */
	protected static String apply(String text, List<? extends TextEdit> edits) {
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparing((TextEdit e) -> offsetOf(text, e.getRange().getStart())).reversed());
		StringBuilder result = new StringBuilder(text);
		for (TextEdit edit : sorted) {
			result.replace(offsetOf(text, edit.getRange().getStart()), offsetOf(text, edit.getRange().getEnd()),
					edit.getNewText());
		}
		return result.toString();
	}

	protected List<CompletionItem> complete(String uri, Position position) throws Exception {
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier(uri), position);
		return languageServer.completion(params).get(10, TimeUnit.SECONDS).getRight().getItems();
	}

	protected static List<String> labels(List<CompletionItem> items) {
		return items.stream().map(CompletionItem::getLabel).toList();
	}

	protected List<Diagnostic> diagnosticsOf(String uri) {
		List<Diagnostic> diagnostics = getDiagnostics().get(uri);
		return diagnostics == null ? List.of() : diagnostics;
	}

	/** The JSON-RPC error a request answered with (fails if it answered normally). */
	protected static ResponseError errorOf(CompletableFuture<?> request) throws Exception {
		try {
			Object answer = request.get(30, TimeUnit.SECONDS);
			throw new AssertionError("expected an error, got " + answer);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof ResponseErrorException error) {
				return error.getResponseError();
			}
			throw new AssertionError("expected a ResponseErrorException, got " + e.getCause(), e.getCause());
		}
	}

	protected static TextDocumentIdentifier doc(String uri) {
		return new TextDocumentIdentifier(uri);
	}
}
