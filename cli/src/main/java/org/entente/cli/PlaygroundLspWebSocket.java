package org.entente.cli;

import java.util.Map;

import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.ExecutorServiceProvider;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.resource.ResourceServiceProviderServiceLoader;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.entente.ide.server.EntenteServerModule;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

/**
 * One browser tab's connection to the language server of {@code entente lsp}: a fresh server (and
 * workspace) per WebSocket, one JSON-RPC message per text frame (no Content-Length header, as in
 * lsp4j's WebSocket launcher). The tab cannot reach the disk or the process: its workspace root is
 * replaced by a folder that does not exist, and {@code exit} (which ends the process in Xtext's
 * server) only closes this connection; closing the socket shuts its server down. Public because Jetty
 * calls it through method handles.
 */
public final class PlaygroundLspWebSocket implements Session.Listener.AutoDemanding {

	/** The workspace every tab gets: no files, so only the text the tab sends is seen. */
	static final String ROOT = "file:///entente-playground/";

	/**
	 * The languages, loaded once and shared by every tab's server. Each server loading its own (as
	 * Xtext's ServerModule does) registers them again globally, and the servers opened before then
	 * failed to complete text (their content-assist parser met the newer grammar).
	 */
	private static final IResourceServiceProvider.Registry LANGUAGES = new ResourceServiceProviderServiceLoader().get();

	private final Injector injector = Guice.createInjector(Modules.override(EntenteServerModule.withXtextDefaults())
			.with(binder -> binder.bind(IResourceServiceProvider.Registry.class).toInstance(LANGUAGES)));
	private final LanguageServerImpl server = injector.getInstance(LanguageServerImpl.class);
	private MessageJsonHandler json;
	private RemoteEndpoint endpoint;
	private Session session;

	@Override
	public void onWebSocketOpen(Session opened) {
		session = opened;
		Wiring wiring = new Wiring(server, this::send);
		json = wiring.json;
		endpoint = wiring.endpoint;
		server.connect(wiring.client);
	}

	@Override
	public void onWebSocketText(String text) {
		Message message;
		try {
			message = json.parseMessage(text);
		} catch (RuntimeException e) {
			// a malformed message gets a JSON-RPC error; the connection and the server stay up
			ResponseMessage error = new ResponseMessage();
			error.setError(new ResponseError(ResponseErrorCode.ParseError, "Not a JSON-RPC message: " + e.getMessage(), null));
			send(error);
			return;
		}
		if (message instanceof NotificationMessage n && "exit".equals(n.getMethod())) {
			session.close();
			return;
		}
		if (message instanceof RequestMessage r && "initialize".equals(r.getMethod()) && r.getParams() instanceof InitializeParams p) {
			p.setRootUri(ROOT);
			p.setRootPath(null);
			p.setWorkspaceFolders(null);
		}
		endpoint.consume(message);
	}

	@Override
	public void onWebSocketClose(int statusCode, String reason) {
		close();
	}

	@Override
	public void onWebSocketError(Throwable cause) {
		close();
	}

	/** Xtext's shutdown leaves the server's thread pools to the process's end: they go with the tab. */
	private void close() {
		server.shutdown();
		injector.getInstance(ExecutorServiceProvider.class).dispose();
	}

	private void send(Message message) {
		String text = json.serialize(message);
		synchronized (this) { // one frame at a time, in order
			if (session != null && session.isOpen()) {
				session.sendText(text, Callback.NOOP);
			}
		}
	}

	/** lsp4j's launcher parts without its stream reader: the socket hands in whole messages. */
	private static final class Wiring extends Launcher.Builder<LanguageClient> {
		final MessageJsonHandler json;
		final RemoteEndpoint endpoint;
		final LanguageClient client;

		Wiring(LanguageServerImpl server, MessageConsumer out) {
			setLocalService(server);
			setRemoteInterface(LanguageClient.class);
			Map<String, JsonRpcMethod> methods = getSupportedMethods();
			json = new MessageJsonHandler(methods);
			endpoint = new RemoteEndpoint(out, ServiceEndpoints.toEndpoint(server));
			json.setMethodProvider(endpoint);
			client = createProxy(endpoint);
		}
	}
}
