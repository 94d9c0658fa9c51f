package org.entente.cli;

import java.util.Arrays;
import java.util.Set;

import org.entente.EntenteStandaloneSetup;
import org.entente.ide.server.EntenteServerLauncher;

import com.google.inject.Injector;

/** One Guice injector for the language, created on first use (it takes a moment). */
public final class Languages {

	/** The commands that read scenario files through {@link #injector()}. */
	private static final Set<String> READERS = Set.of("check", "run", "landscape", "generate", "report", "serve", "history");

	private static Injector injector;

	private Languages() {
	}

	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new EntenteStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/**
	 * Starts setting up the language that the command in {@code args} will need on a second thread, while
	 * the main thread reads the command line (a fifth of a short command's start; docs/performance.md,
	 * "Cold start"). Nothing for help, for commands without scenario files, or when the setup fails here:
	 * the command then does it itself, as without this call.
	 */
	public static void prepareFor(String[] args) {
		if (args.length == 0 || Arrays.stream(args).anyMatch(a -> a.equals("-h") || a.equals("--help"))) {
			return;
		}
		if ("lsp".equals(args[0])) {
			EntenteServerLauncher.prepareLanguage();
		} else if (READERS.contains(args[0])) {
			Thread thread = new Thread(Languages::prepareQuietly, "entente-language-setup");
			thread.setDaemon(true);
			thread.start();
		}
	}

	private static void prepareQuietly() {
		try {
			injector();
		} catch (RuntimeException | LinkageError e) {
			// the command's own call of injector() tries again and reports what goes wrong
		}
	}
}
