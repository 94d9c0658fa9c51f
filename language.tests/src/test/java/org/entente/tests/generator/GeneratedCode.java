package org.entente.tests.generator;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.GeneratorContext;
import org.eclipse.xtext.generator.IFileSystemAccess;
import org.eclipse.xtext.generator.IGenerator2;
import org.eclipse.xtext.generator.InMemoryFileSystemAccess;

/**
 * Test support: runs the generator in memory, compiles generated Java with javax.tools against the
 * engine's classes alone (the engine module and its one dependency, jackson-core, taken from this
 * JVM's class path), and runs the result in a fresh class loader that sees nothing else.
 */
final class GeneratedCode {

	private GeneratedCode() {
	}

	/** The generated files of a resource: relative path to text. */
	static Map<String, String> generate(IGenerator2 generator, Resource resource) {
		InMemoryFileSystemAccess fsa = new InMemoryFileSystemAccess();
		GeneratorContext context = new GeneratorContext();
		generator.beforeGenerate(resource, fsa, context);
		generator.doGenerate(resource, fsa, context);
		generator.afterGenerate(resource, fsa, context);
		Map<String, String> files = new java.util.TreeMap<>();
		String prefix = IFileSystemAccess.DEFAULT_OUTPUT;
		fsa.getTextFiles().forEach((key, text) -> files.put(key.startsWith(prefix) ? key.substring(prefix.length()) : key, text.toString()));
		return files;
	}

	/** The class path entries of the engine module and jackson-core, nothing of Xtext, EMF or the language. */
	static List<Path> engineClassPath() {
		List<Path> result = new ArrayList<>();
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			Path path = Paths.get(entry).toAbsolutePath().normalize();
			String name = path.getFileName() == null ? "" : path.getFileName().toString();
			boolean engineClasses = path.endsWith(Paths.get("engine", "target", "classes"));
			boolean engineJar = name.startsWith("entente-engine-") && name.endsWith(".jar") && !name.contains("tests");
			boolean jackson = name.startsWith("jackson-core-") && name.endsWith(".jar");
			if (engineClasses || engineJar || jackson) {
				result.add(path);
			}
		}
		if (result.stream().noneMatch(p -> p.toString().contains("engine"))) {
			throw new IllegalStateException("The engine is not on the class path: " + System.getProperty("java.class.path"));
		}
		return result;
	}

	/**
	 * Compiles the sources (path to text, the path relative to a source root) into {@code classes},
	 * with the given extra class path; returns javac's messages, or throws with them when it fails.
	 */
	static String compile(Map<String, String> sources, Path sourceRoot, Path classes, List<Path> classPath) throws IOException {
		List<String> files = new ArrayList<>();
		for (Map.Entry<String, String> source : sources.entrySet()) {
			Path file = sourceRoot.resolve(source.getKey());
			Files.createDirectories(file.getParent());
			Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
			files.add(file.toString());
		}
		Files.createDirectories(classes);
		JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
		List<String> arguments = new ArrayList<>(List.of("-encoding", "UTF-8", "--release", "17", "-Xlint:all", "-Werror",
				"-proc:none", "-d", classes.toString(), "-classpath",
				String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList())));
		arguments.addAll(files);
		ByteArrayOutputStream messages = new ByteArrayOutputStream();
		int code = javac.run(null, messages, messages, arguments.toArray(String[]::new));
		String text = messages.toString(StandardCharsets.UTF_8);
		if (code != 0) {
			throw new AssertionError("javac failed (" + code + "):\n" + text + "\n" + String.join("\n\n", sources.values()));
		}
		return text;
	}

	/** A class loader over the compiled classes and the class path, with only the platform classes above it. */
	static URLClassLoader loader(Path classes, List<Path> classPath) {
		List<URL> urls = new ArrayList<>();
		try {
			urls.add(classes.toUri().toURL());
			for (Path p : classPath) {
				urls.add(p.toUri().toURL());
			}
		} catch (MalformedURLException e) {
			throw new IllegalStateException(e);
		}
		return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
	}

	/** Calls {@code main(args)} of the class and returns what it printed on standard output, as bytes. */
	static byte[] runMain(ClassLoader loader, String className, String... args) throws ReflectiveOperationException {
		Class<?> type = Class.forName(className, true, loader);
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		PrintStream original = System.out;
		Thread thread = Thread.currentThread();
		ClassLoader context = thread.getContextClassLoader();
		System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
		thread.setContextClassLoader(loader);
		try {
			type.getMethod("main", String[].class).invoke(null, (Object) args);
		} catch (InvocationTargetException e) {
			StringWriter trace = new StringWriter();
			e.getCause().printStackTrace(new java.io.PrintWriter(trace));
			throw new AssertionError(className + ".main threw " + trace, e.getCause());
		} finally {
			System.out.flush();
			System.setOut(original);
			thread.setContextClassLoader(context);
		}
		return captured.toByteArray();
	}

	static String describe(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8) + " (" + bytes.length + " bytes) " + Arrays.hashCode(bytes);
	}
}
