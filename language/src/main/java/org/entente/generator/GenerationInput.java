package org.entente.generator;

import java.util.Optional;

import org.entente.engine.model.Scenario;
import org.entente.engine.sim.Simulation;
import org.entente.engine.trace.StateTurn;
import org.entente.engine.trace.Turn;

/**
 * What every template reads: the scenario as the interpreter translates it (so the generated code
 * reproduces {@code ScenarioTranslator} by construction), the source file's name, the names of the
 * generated files, and the first turn of the engine's own run (power shares and blocs for the graph).
 */
public final class GenerationInput {

	private final Scenario scenario;
	private final String sourceFile;
	private final GeneratedNames names;
	private Turn firstTurn;

	public GenerationInput(Scenario scenario, String sourceFile) {
		this.scenario = scenario;
		this.sourceFile = sourceFile == null || sourceFile.isBlank() ? scenario.name() + ".entente" : sourceFile;
		this.names = new GeneratedNames(scenario);
	}

	public Scenario scenario() {
		return scenario;
	}

	/** The file name of the scenario, e.g. {@code europe-1914.entente}. */
	public String sourceFile() {
		return sourceFile;
	}

	public GeneratedNames names() {
		return names;
	}

	/** The first turn, simulated by the engine (and only that turn). */
	public Turn firstTurn() {
		if (firstTurn == null) {
			firstTurn = Simulation.run(scenario, scenario.from()).turns().get(0);
		}
		return firstTurn;
	}

	/** A state's row in the first turn, empty when it no longer exists then (collapsed or annexed in the first year). */
	public Optional<StateTurn> atStart(String state) {
		return firstTurn().state(state);
	}
}
