package org.entente.interpreter;

import static org.entente.interpreter.ScenarioTranslator.name;
import static org.entente.interpreter.ScenarioTranslator.names;

import java.util.Optional;

import org.entente.engine.model.Event;
import org.entente.entente.Action;
import org.entente.entente.Annexation;
import org.entente.entente.Arming;
import org.entente.entente.Attack;
import org.entente.entente.Collapse;
import org.entente.entente.Joining;
import org.entente.entente.Leaving;
import org.entente.entente.Peace;

/** One {@code in YEAR: ...} line to one engine event. */
final class EventTranslation {

	private EventTranslation() {
	}

	static Optional<Event> event(org.entente.entente.Event e) {
		int year = e.getYear();
		Action a = e.getAction();
		if (a instanceof Attack x && x.getAlly() != null)
			return Optional.of(Event.attackAlongside(year, name(x.getAttacker()), name(x.getAlly()), names(x.getTargets())));
		if (a instanceof Attack x) return Optional.of(Event.attack(year, name(x.getAttacker()), names(x.getTargets())));
		if (a instanceof Annexation x) return Optional.of(Event.annex(year, name(x.getAnnexer()), name(x.getAnnexed())));
		if (a instanceof Collapse x) return Optional.of(Event.collapse(year, name(x.getState())));
		if (a instanceof Arming x && x.getChange() != null) return Optional.of(Event.arms(year, name(x.getState()), x.getChange() / 100.0));
		if (a instanceof Joining x) return Optional.of(Event.join(year, name(x.getState()), name(x.getTreaty())));
		if (a instanceof Leaving x) return Optional.of(Event.leave(year, name(x.getState()), name(x.getTreaty())));
		if (a instanceof Peace x) return Optional.of(Event.peace(year, name(x.getLeft()), name(x.getRight())));
		return Optional.empty();
	}
}
