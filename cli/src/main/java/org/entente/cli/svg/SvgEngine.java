package org.entente.cli.svg;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reaches {@link SvgCharts} without putting the JavaScript engine on the command line's class path.
 * GraalJS and its ICU data are about 90 MB of jars, four times entente.jar: the build copies them to
 * {@code svg-lib/} beside the jar (cli/pom.xml), and only {@code entente report --format svg} loads them,
 * in a class loader of their own, so the language server, {@code check} and every other command start
 * exactly as before (docs/report.md, "SVG files for papers"). Where the engine is already on the class
 * path (the tests, an IDE) it is used directly.
 *
 * <p>This class names no class of the engine; only JDK types cross between the two loaders.
 */
public final class SvgEngine {

	private static final String CHARTS = "org.entente.cli.svg.SvgCharts";
	private static final String ENGINE = "org.graalvm.polyglot.Context";
	static final String FOLDER = "svg-lib";

	/** The engine cannot be found or started; the message says what to do. */
	public static final class UnavailableException extends Exception {
		private static final long serialVersionUID = 1L;

		UnavailableException(String message, Throwable cause) {
			super(message, cause);
		}
	}

	private SvgEngine() {
	}

	/** {@link SvgCharts#renderReport}: every chart of the report as SVG, keyed by chart id in page order. */
	@SuppressWarnings("unchecked")
	public static Map<String, String> renderReport(String reportDataJson) throws UnavailableException {
		ClassLoader loader = loader();
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(loader); // the engine finds its languages through it
		try {
			return (Map<String, String>) Class.forName(CHARTS, true, loader).getMethod("renderReport", String.class)
					.invoke(null, reportDataJson);
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			if (cause instanceof RuntimeException r) {
				throw r;
			}
			throw new UnavailableException("the JavaScript engine failed to start: " + cause, cause);
		} catch (ReflectiveOperationException | LinkageError e) {
			throw new UnavailableException("the JavaScript engine in " + folder() + " could not be loaded: " + e, e);
		} finally {
			thread.setContextClassLoader(previous);
		}
	}

	/** This class's own loader when the engine is on the class path, else one over svg-lib/ and our own code. */
	private static ClassLoader loader() throws UnavailableException {
		ClassLoader own = SvgEngine.class.getClassLoader();
		try {
			Class.forName(ENGINE, false, own);
			return own;
		} catch (ClassNotFoundException e) {
			// not on the class path: the usual case, entente.jar
		}
		Path folder = folder();
		List<URL> urls = new ArrayList<>();
		try (Stream<Path> jars = Files.list(folder)) {
			for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
				urls.add(jar.toUri().toURL());
			}
			urls.add(codeLocation().toUri().toURL());
		} catch (IOException e) {
			throw new UnavailableException("--format svg needs the JavaScript engine (GraalJS) in " + folder
					+ ", which is missing; build it with 'mvn -pl cli -am package' (docs/report.md)", e);
		}
		if (urls.size() < 2) {
			throw new UnavailableException("--format svg needs the JavaScript engine (GraalJS) in " + folder
					+ ", which has no jar; build it with 'mvn -pl cli -am package' (docs/report.md)", null);
		}
		// parent: the platform loader, so every class, ours included, comes from these jars (no mixing)
		return new URLClassLoader("entente-svg", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
	}

	/** svg-lib/ beside entente.jar (cli/target/), or beside target/classes when run from the build. */
	static Path folder() throws UnavailableException {
		return codeLocation().toAbsolutePath().getParent().resolve(FOLDER);
	}

	private static Path codeLocation() throws UnavailableException {
		try {
			return Path.of(SvgEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		} catch (URISyntaxException | RuntimeException e) {
			throw new UnavailableException("cannot tell where entente.jar is, to find the JavaScript engine beside it", e);
		}
	}
}
