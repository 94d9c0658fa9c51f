package org.entente.generator;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.entente.engine.model.Scenario;
import org.entente.engine.model.State;
import org.entente.engine.model.Treaty;

/**
 * Names in and of the generated files: the package, the class, one constant per state and treaty,
 * and the relative paths the generator writes (relative to the output folder, so that both
 * {@code entente generate -o DIR} and an editor's {@code src-gen/} work).
 */
public final class GeneratedNames {

	/** The package of every generated class. */
	public static final String PACKAGE = "entente.generated";

	private final String className;
	private final Map<String, String> constants = new LinkedHashMap<>();
	private final Map<String, String> stateConstants = new LinkedHashMap<>();
	private final Map<String, String> treatyConstants = new LinkedHashMap<>();

	public GeneratedNames(Scenario scenario) {
		this.className = JavaSyntax.className(scenario.name());
		Set<String> taken = new HashSet<>(Set.of("SOURCE"));
		for (State s : scenario.states()) {
			stateConstants.put(s.name(), unique(JavaSyntax.constantName(s.name()), taken));
		}
		for (Treaty t : scenario.treaties()) {
			treatyConstants.put(t.name(), unique(JavaSyntax.constantName(t.name()), taken));
		}
		constants.putAll(stateConstants);
		treatyConstants.forEach(constants::putIfAbsent);
	}

	private static String unique(String candidate, Set<String> taken) {
		String result = candidate;
		for (int k = 2; !taken.add(result); k++) {
			result = candidate + "_" + k;
		}
		return result;
	}

	public String className() {
		return className;
	}

	public String packageName() {
		return PACKAGE;
	}

	public String qualifiedClassName() {
		return PACKAGE + "." + className;
	}

	/** {@code entente/generated/July1914.java}. */
	public String javaPath() {
		return PACKAGE.replace('.', '/') + "/" + className + ".java";
	}

	/** {@code July1914.dot}: the alliance network. */
	public String dotPath() {
		return className + ".dot";
	}

	/** {@code July1914.md}: the summary. */
	public String markdownPath() {
		return className + ".md";
	}

	/** The constant of a state. */
	public String stateConstant(String state) {
		return stateConstants.get(state);
	}

	/** The constant of a treaty. */
	public String treatyConstant(String treaty) {
		return treatyConstants.get(treaty);
	}

	/** A state's constant, or a string literal for a name with no constant (a treaty's, or an unknown one). */
	public String state(String name) {
		String constant = stateConstants.get(name);
		return constant != null ? constant : JavaSyntax.string(name);
	}

	/** A treaty's constant, or a string literal. */
	public String treaty(String name) {
		String constant = treatyConstants.get(name);
		return constant != null ? constant : JavaSyntax.string(name);
	}

	/** States as comma-separated arguments. */
	public String states(List<String> names) {
		return names.stream().map(this::state).collect(Collectors.joining(", "));
	}

	/** Plain names as comma-separated string literals (ideologies, regions). */
	public static String strings(List<String> names) {
		return names.stream().map(JavaSyntax::string).collect(Collectors.joining(", "));
	}
}
