package org.entente.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.util.EcoreValidator;
import org.eclipse.emf.ecore.xml.type.util.XMLTypeValidator;
import org.entente.EntenteStandaloneSetup;
import org.entente.ide.server.EntenteServerLauncher;

import com.google.inject.Injector;

/** One Guice injector for the language, created on first use (it takes a moment). */
public final class Languages {

	/** The commands that read scenario files through {@link #injector()}. */
	private static final Set<String> READERS = Set.of("check", "run", "landscape", "generate", "report", "serve", "history");

	private static volatile Injector injector;

	/** Another thread is creating the injector ({@link #prepareFor}). */
	private static volatile boolean preparing;

	private Languages() {
	}

	public static Injector injector() {
		Injector ready = injector;
		if (ready != null) {
			return ready;
		}
		if (preparing) {
			prepareReading();
		}
		return created();
	}

	private static synchronized Injector created() {
		if (injector == null) {
			injector = new EntenteStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/**
	 * While another thread creates the injector, this one initialises what checking the first file needs
	 * and the injector does not: EMF's validators of data values (EObjectValidator's default constraints
	 * check every number against Ecore's and XML Schema's types; their patterns take ≈ 0.02 s to compile;
	 * docs/performance.md, "Cold start"), and EMF's table of messages, which the Diagnostician reads for the
	 * first line of every validation (loading it from the jar was a tenth of the first file's validation;
	 * fifth round). Class initialisation runs once, whichever thread comes first; the injector's thread
	 * never initialises the two validators, and the messages are read after them, so the two threads
	 * cannot wait on each other.
	 */
	private static void prepareReading() {
		for (Class<?> type : List.of(EcoreValidator.class, XMLTypeValidator.class)) {
			try {
				Class.forName(type.getName(), true, type.getClassLoader());
			} catch (ClassNotFoundException | LinkageError e) {
				// validating initialises them again and reports what goes wrong
			}
		}
		try {
			EcorePlugin.INSTANCE.getString("_UI_DiagnosticRoot_diagnostic", new Object[] { "" });
		} catch (RuntimeException | LinkageError e) {
			// only read ahead: validating reads it again and reports what goes wrong
		}
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
			preparing = true;
			Thread thread = new Thread(Languages::prepareQuietly, "entente-language-setup");
			thread.setDaemon(true);
			thread.start();
		}
	}

	private static void prepareQuietly() {
		try {
			created();
		} catch (RuntimeException | LinkageError e) {
			// the command's own call of injector() tries again and reports what goes wrong
		}
	}
}
