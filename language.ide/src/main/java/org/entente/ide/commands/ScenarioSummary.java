package org.entente.ide.commands;

import org.entente.entente.Event;
import org.entente.entente.Expectation;
import org.entente.entente.Model;
import org.entente.entente.StateDecl;
import org.entente.entente.Treaty;

/** How big a scenario is: returned by the commands until the simulator answers them. */
public record ScenarioSummary(String command, String scenario, int states, int treaties, int events,
		int expectations, String message) {

	public static ScenarioSummary of(String command, Model model) {
		int states = count(model, StateDecl.class);
		int treaties = count(model, Treaty.class);
		int events = count(model, Event.class);
		int expectations = count(model, Expectation.class);
		String name = model.getHeader() != null ? model.getHeader().getName() : null;
		String message = (name != null ? name : "This file") + ": " + states + " states, " + treaties + " treaties, "
				+ events + " events, " + expectations + " expectations.";
		return new ScenarioSummary(command, name, states, treaties, events, expectations, message);
	}

	private static int count(Model model, Class<?> type) {
		return (int) model.getElements().stream().filter(type::isInstance).count();
	}
}
