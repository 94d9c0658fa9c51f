package org.entente.ide.insight;

import java.util.Optional;

import org.entente.engine.posture.ReasonWriter;
import org.entente.engine.trace.Fmt;
import org.entente.engine.trace.StateTurn;
import org.entente.engine.trace.Turn;
import org.entente.engine.trace.WarEntry;
import org.entente.entente.StateDecl;
import org.entente.ide.simulation.FirstTurn;

import com.google.inject.Inject;

/**
 * Declared properties plus what the engine computes for the first turn: power share, great-power
 * status, primary threat with its Walt breakdown, and the posture with its reason.
 */
public class SimulatedInsight extends DeclaredPropertiesInsight {

	@Inject
	private FirstTurn firstTurn;

	@Override
	public String stateDetail(StateDecl state) {
		// completion must stay fast: use the first turn only when it is already known
		Optional<StateTurn> row = firstTurn.ifComputed(state).flatMap(t -> FirstTurn.state(t, state.getName()));
		String declared = super.stateDetail(state);
		return row.map(r -> declared + " — power " + Fmt.percent(r.power()) + (r.greatPower() ? ", great power" : ""))
				.orElse(declared);
	}

	@Override
	public String stateInlayHint(StateDecl state) {
		return firstTurn.of(state).flatMap(t -> FirstTurn.state(t, state.getName()))
				.map(r -> "power " + Fmt.percent(r.power()) + (r.greatPower() ? " · GP" : ""))
				.orElseGet(() -> super.stateInlayHint(state));
	}

	@Override
	public String stateHover(StateDecl state) {
		String declared = super.stateHover(state);
		Optional<Turn> turn = firstTurn.of(state);
		Optional<StateTurn> row = turn.flatMap(t -> FirstTurn.state(t, state.getName()));
		if (row.isEmpty()) {
			return declared;
		}
		StateTurn r = row.get();
		StringBuilder md = new StringBuilder(declared);
		md.append("\n\n**In ").append(turn.get().year()).append("** (first turn, computed by the simulator)\n\n");
		md.append("- power share ").append(Fmt.percent(r.power()))
				.append(" (military ").append(Fmt.percent(r.shareMilitary()))
				.append(", economy ").append(Fmt.percent(r.shareEconomy()))
				.append(", population ").append(Fmt.percent(r.sharePopulation())).append(")")
				.append(r.greatPower() ? " — a great power" : "").append('\n');
		if (r.primaryThreat() != null && r.breakdown() != null) {
			md.append("- primary threat: ").append(r.primaryThreat()).append(", ").append(ReasonWriter.threat(r.breakdown()))
					.append('\n');
		}
		md.append("- posture: ").append(r.posture().word())
				.append(" — ").append(r.reason());
		// its decisions about wars in that turn, with the utility terms (docs/semantics.md §6a)
		for (WarEntry e : turn.get().warEntries()) {
			if (e.decision() != null && e.state().equals(state.getName())) {
				md.append("\n- war #").append(e.war()).append(": ").append(e.cause());
			}
		}
		return md.toString();
	}
}
