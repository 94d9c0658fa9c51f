package org.entente.ide.commands;

import org.entente.entente.Model;

import com.google.inject.ImplementedBy;

/**
 * What the "Run" and "Landscape" code lenses do ({@code workspace/executeCommand} {@code entente.run}
 * and {@code entente.landscape}), answered by the engine ({@link SimulationCommandHandler}).
 */
@ImplementedBy(SimulationCommandHandler.class)
public interface ScenarioCommandHandler {

	/** The result of running the scenario, returned to the client as JSON. */
	Object run(Model scenario);

	/** The landscape analysis of the scenario, returned to the client as JSON. */
	Object landscape(Model scenario);
}
