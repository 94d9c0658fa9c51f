package org.entente.ide.insight;

import org.entente.entente.StateDecl;
import org.entente.entente.Treaty;

import com.google.inject.ImplementedBy;

/**
 * What the editor says about a state or a treaty: completion details, hovers and inlay hints all
 * ask this service, so one binding changes them all. {@link SimulatedInsight} adds what the engine
 * computes (power shares, threats, postures) to the declared properties of {@link DeclaredPropertiesInsight}.
 */
@ImplementedBy(SimulatedInsight.class)
public interface ScenarioInsight {

	/** One line for a completion proposal's detail: full name and capabilities. */
	String stateDetail(StateDecl state);

	/** A short label shown after the state's name (inlay hint); empty for none. */
	String stateInlayHint(StateDecl state);

	/** Markdown shown when hovering a state. */
	String stateHover(StateDecl state);

	/** One line for a completion proposal's detail. */
	String treatyDetail(Treaty treaty);

	/** Markdown shown when hovering a treaty. */
	String treatyHover(Treaty treaty);
}
