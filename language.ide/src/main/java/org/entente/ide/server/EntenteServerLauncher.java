package org.entente.ide.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.resource.FileExtensionProvider;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.util.Modules2;
import org.eclipse.xtext.xtext.RuleNames;
import org.entente.ide.EntenteIdeSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * Starts the Entente language server over a pair of streams (stdio) or a socket on 127.0.0.1. The
 * languages come from {@code META-INF/services/org.eclipse.xtext.ISetup} ({@code EntenteIdeSetup}).
 */
public final class EntenteServerLauncher {

	private EntenteServerLauncher() {
	}

	/** The language, set up on another thread by {@link #prepareLanguage()}; taken by the next server. */
	private static final AtomicReference<Future<IResourceServiceProvider.Registry>> PREPARED = new AtomicReference<>();

	/**
	 * Starts setting up the language (its injector, EMF registration, grammar) on a daemon thread, so that
	 * it overlaps the command line's and the server's own start on the main thread (docs/performance.md,
	 * "Cold start"). The next {@link #createServer()} uses it; without this call it sets up the language
	 * itself, as Xtext does.
	 */
	public static void prepareLanguage() {
		FutureTask<IResourceServiceProvider.Registry> setup = new FutureTask<>(EntenteServerLauncher::setUpLanguage);
		if (PREPARED.compareAndSet(null, setup)) {
			Thread thread = new Thread(setup, "entente-language-setup");
			thread.setDaemon(true);
			thread.start();
		}
	}

	/** A ready, unconnected server with its own workspace. */
	public static LanguageServerImpl createServer() {
		Future<IResourceServiceProvider.Registry> prepared = PREPARED.getAndSet(null);
		if (prepared == null) {
			Injector injector = Guice.createInjector(EntenteServerModule.withXtextDefaults());
			return injector.getInstance(LanguageServerImpl.class);
		}
		// Xtext's server module would set the language up (ResourceServiceProviderServiceLoader): the
		// prepared one takes its place once the server's own injector exists.
		Injector injector = Guice.createInjector(Modules2.mixin(EntenteServerModule.withXtextDefaults(),
				binder -> binder.bind(IResourceServiceProvider.Registry.class).toProvider(() -> await(prepared))));
		return injector.getInstance(LanguageServerImpl.class);
	}

	/** What ResourceServiceProviderServiceLoader does for the one language, plus the grammar the server asks for first. */
	private static IResourceServiceProvider.Registry setUpLanguage() {
		Injector language = new EntenteIdeSetup().createInjectorAndDoEMFRegistration();
		IResourceServiceProvider provider = language.getInstance(IResourceServiceProvider.class);
		ResourceServiceProviderRegistryImpl registry = new ResourceServiceProviderRegistryImpl();
		FileExtensionProvider extensions = language.getInstance(FileExtensionProvider.class);
		for (String extension : extensions.getFileExtensions()) {
			registry.getExtensionToFactoryMap().put(extension, provider);
		}
		language.getInstance(RuleNames.class); // loads the grammars, which initialize asks for first
		return registry;
	}

	private static IResourceServiceProvider.Registry await(Future<IResourceServiceProvider.Registry> prepared) {
		try {
			return prepared.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while the language was being set up", e);
		} catch (ExecutionException e) {
			throw new IllegalStateException("the language could not be set up", e.getCause());
		}
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
