package org.entente.ide.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * Starts the Entente language server over a pair of streams (stdio) or a socket on 127.0.0.1. The
 * languages come from {@code META-INF/services/org.eclipse.xtext.ISetup} ({@code EntenteIdeSetup}).
 */
public final class EntenteServerLauncher {

	private EntenteServerLauncher() {
	}

	/** A ready, unconnected server with its own workspace. */
	public static LanguageServerImpl createServer() {
		Injector injector = Guice.createInjector(EntenteServerModule.withXtextDefaults());
		return injector.getInstance(LanguageServerImpl.class);
	}

	/** Serves one client on the streams; returns when the input ends. */
	public static void serve(InputStream in, OutputStream out) throws InterruptedException, ExecutionException {
		LanguageServerImpl server = createServer();
		Launcher<LanguageClient> launcher = Launcher.createLauncher(server, LanguageClient.class, in, out);
		server.connect(launcher.getRemoteProxy());
		Future<Void> listening = launcher.startListening();
		listening.get();
	}

	/**
	 * Listens on 127.0.0.1:{@code port} and serves each client that connects, one after another,
	 * each with a fresh workspace. {@code onListening} hears the bound port (useful with port 0).
	 */
	public static void serveSocket(int port, java.util.function.IntConsumer onListening) throws IOException {
		try (ServerSocket serverSocket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			onListening.accept(serverSocket.getLocalPort());
			while (!serverSocket.isClosed()) {
				try (Socket socket = serverSocket.accept()) {
					serve(socket.getInputStream(), socket.getOutputStream());
				} catch (ExecutionException e) {
					// the client went away abruptly: wait for the next one
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}
}
