package org.entente.ide.commands;

import org.entente.entente.Model;

/** Placeholder until the simulator is wired: both commands summarise the scenario. */
public class ScenarioSummaryHandler implements ScenarioCommandHandler {

	@Override
	public Object run(Model scenario) {
		return ScenarioSummary.of(ScenarioCommands.RUN, scenario);
	}

	@Override
	public Object landscape(Model scenario) {
		return ScenarioSummary.of(ScenarioCommands.LANDSCAPE, scenario);
	}
}
