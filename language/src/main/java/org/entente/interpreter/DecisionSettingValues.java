package org.entente.interpreter;

import java.util.EnumMap;
import java.util.Map;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.entente.engine.decision.DecisionWeight;
import org.entente.engine.decision.DecisionWeights;
import org.entente.entente.DecisionSetting;

/**
 * The {@code settings { decision ... }} entry read as engine weights (docs/language.md, "Settings"): the grammar names
 * each weight's attribute after the engine's {@link DecisionWeight#keyword()}, so this is the one mapping.
 */
public final class DecisionSettingValues {
	private DecisionSettingValues() {}

	/** The attribute of the entry that holds this weight. */
	public static EStructuralFeature feature(DecisionSetting d, DecisionWeight weight) {
		return d.eClass().getEStructuralFeature(weight.keyword());
	}

	/** The weights the entry states, in the engine's order (a half-written entry: the numbers that parsed). */
	public static Map<DecisionWeight, Double> stated(DecisionSetting d) {
		Map<DecisionWeight, Double> values = new EnumMap<>(DecisionWeight.class);
		for (DecisionWeight weight : DecisionWeight.values()) {
			EStructuralFeature f = feature(d, weight);
			if (f != null && d.eGet(f) instanceof Double v) {
				values.put(weight, v);
			}
		}
		return values;
	}

	/** The whole set the entry starts from ({@code priors}, else the fit), with each stated weight in place. */
	public static DecisionWeights weights(DecisionSetting d) {
		DecisionWeights w = d.isPriors() ? DecisionWeights.priors() : DecisionWeights.defaults();
		for (Map.Entry<DecisionWeight, Double> e : stated(d).entrySet()) {
			w = e.getKey().in(w, e.getValue());
		}
		return w;
	}
}
