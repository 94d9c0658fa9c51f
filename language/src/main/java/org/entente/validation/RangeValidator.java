package org.entente.validation;

import static org.entente.validation.EntenteIssueCodes.*;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;
import org.entente.entente.Actor;
import org.entente.entente.Arming;
import org.entente.entente.DecisionSetting;
import org.entente.entente.DefenseClause;
import org.entente.entente.Event;
import org.entente.entente.Expectation;
import org.entente.entente.Intent;
import org.entente.entente.Model;
import org.entente.entente.OffenseClause;
import org.entente.entente.Propensity;
import org.entente.entente.ScenarioHeader;
import org.entente.entente.Settings;
import org.entente.entente.StateDecl;
import org.entente.entente.ThreatLevel;
import org.entente.entente.Doctrine;
import org.entente.entente.Treaty;
import org.entente.entente.Weights;
import org.entente.engine.decision.DecisionWeight;
import org.entente.engine.model.Limits;
import org.entente.interpreter.DecisionSettingValues;

/**
 * Ranges and dates: capabilities, fractions, percents, years, and the bounds of what the model
 * computes ({@link Limits}, docs/validation.md "Numbers the model can compute").
 */
public class RangeValidator extends EntenteCheckBase {

	@Check
	public void checkState(StateDecl s) {
		capability(s, s.getMilitary(), P.getStateDecl_Military(), "military");
		capability(s, s.getEconomy(), P.getStateDecl_Economy(), "economy");
		capability(s, s.getPopulation(), P.getStateDecl_Population(), "population");
		capability(s, s.getSize(), P.getStateDecl_Size(), "size");
		fraction(s, s.getOffensive(), P.getStateDecl_Offensive(), "offensive", s.getName());
		fraction(s, s.getStability(), P.getStateDecl_Stability(), "stability", s.getName());
		calendarYear(s, s.getSince(), P.getStateDecl_Since(), "since");
	}

	@Check
	public void checkIntent(Intent intent) {
		if (intent.getValue() != null && intent.eContainer() instanceof StateDecl s) {
			fraction(intent, intent.getValue(), P.getIntent_Value(), "intent", s.getName());
		}
	}

	@Check
	public void checkDoctrine(Doctrine doctrine) {
		if (doctrine.getValue() != null && doctrine.eContainer() instanceof StateDecl s) {
			fraction(doctrine, doctrine.getValue(), P.getDoctrine_Value(), "doctrine", s.getName());
		}
	}

	@Check
	public void checkReliability(Treaty t) {
		fraction(t, t.getReliability(), P.getTreaty_Reliability(), "reliability", null);
	}

	@Check
	public void checkThreatLevel(ThreatLevel level) {
		if (level.getValue() != null) {
			fraction(level, level.getValue(), P.getThreatLevel_Value(), "threat level", null);
		}
	}

	@Check
	public void checkActor(Actor a) {
		capability(a, a.getStrength(), P.getActor_Strength(), "strength");
	}

	@Check
	public void checkPropensity(Propensity p) {
		atMost(p, p.getValue(), P.getPropensity_Value(), "propensity", Limits.MAX_PROPENSITY, "");
	}

	@Check
	public void checkForces(DefenseClause c) {
		forces(c, c.getForces(), P.getDefenseClause_Forces());
	}

	@Check
	public void checkForces(OffenseClause c) {
		forces(c, c.getForces(), P.getOffenseClause_Forces());
	}

	@Check
	public void checkArms(Arming a) {
		if (!atMost(a, a.getChange(), P.getArming_Change(), "arms", Limits.MAX_ARMS_PERCENT, "%")) {
			return;
		}
		if (a.getChange() != null && a.getChange() <= -100) {
			String state = name(a.getState());
			error((state == null ? "A state" : state) + " cannot arm by " + fmt(a.getChange())
					+ "%: a change of -100% or less would leave no military (use 'collapses' to remove a state).", a,
					P.getArming_Change(), ARMS_OUT_OF_RANGE, kv("state", state), kv("value", fmt(a.getChange())));
		}
	}

	@Check
	public void checkTreatyDates(Treaty t) {
		boolean years = calendarYear(t, t.getSigned(), P.getTreaty_Signed(), "signed")
				& calendarYear(t, t.getExpires(), P.getTreaty_Expires(), "expires");
		if (!years || t.getSigned() == null || t.getExpires() == null) {
			return;
		}
		int signed = t.getSigned();
		int expires = t.getExpires();
		if (expires <= signed) {
			error("The treaty " + t.getName() + " expires in " + expires + ", " + (expires == signed ? "the year" : "before")
					+ " it is signed (" + signed + "); 'expires' must come after 'signed'.", t, P.getTreaty_Expires(),
					EXPIRES_NOT_AFTER_SIGNED, kv("treaty", t.getName()), kv("signed", signed), kv("expires", expires));
		}
	}

	@Check
	public void checkHeader(ScenarioHeader h) {
		if (!calendarYear(h, h.getFromYear(), P.getScenarioHeader_FromYear(), "from")
				| !calendarYear(h, h.getToYear(), P.getScenarioHeader_ToYear(), "to")) {
			return;
		}
		boolean years = h.getFromYear() != null && h.getToYear() != null;
		if (years && h.getFromYear() > h.getToYear()) {
			error("The scenario runs from " + h.getFromYear() + " to " + h.getToYear() + ": 'from' must not come after 'to'.", h,
					P.getScenarioHeader_ToYear(), FROM_AFTER_TO, kv("from", h.getFromYear()), kv("to", h.getToYear()));
		}
		if (h.getStep() != null && h.getStep() < 1) {
			error("The step must be at least 1 year, not " + h.getStep() + ".", h, P.getScenarioHeader_Step(), STEP_TOO_SMALL,
					kv("step", h.getStep()));
			return;
		}
		if (years) {
			int step = h.getStep() != null ? h.getStep() : 1;
			long turns = Limits.turns(h.getFromYear(), h.getToYear(), step);
			if (turns > Limits.MAX_TURNS) {
				error("The scenario has " + turns + " turns (" + h.getFromYear() + " to " + h.getToYear() + ", every " + step
						+ (step == 1 ? " year" : " years") + "); at most " + Limits.MAX_TURNS
						+ " turns can be simulated: shorten it or give a larger 'step'.", h, P.getScenarioHeader_ToYear(),
						SCENARIO_TOO_LONG, kv("turns", turns), kv("max", Limits.MAX_TURNS));
			}
		}
	}

	@Check
	public void checkEventYear(Event e) {
		if (!calendarYear(e, e.getYear(), P.getEvent_Year(), "year")) {
			return;
		}
		year(e, e.getYear(), P.getEvent_Year(), "event");
	}

	@Check
	public void checkExpectationYear(Expectation e) {
		if (e.getYear() != null && calendarYear(e, e.getYear(), P.getExpectation_Year(), "year")) {
			year(e, e.getYear(), P.getExpectation_Year(), "expectation");
		}
	}

	@Check
	public void checkSettings(Settings s) {
		Weights w = s.getWeights();
		if (w != null) {
			setting(w, w.getPower(), P.getWeights_Power(), "weights power", 0, Limits.MAX_WEIGHT, "");
			setting(w, w.getProximity(), P.getWeights_Proximity(), "weights proximity", 0, Limits.MAX_WEIGHT, "");
			setting(w, w.getOffensive(), P.getWeights_Offensive(), "weights offensive", 0, Limits.MAX_WEIGHT, "");
			setting(w, w.getIntent(), P.getWeights_Intent(), "weights intent", 0, Limits.MAX_WEIGHT, "");
		}
		setting(s, s.getThreatFloor(), P.getSettings_ThreatFloor(), "threatFloor", 0, Limits.MAX_THREAT_FLOOR, "");
		setting(s, s.getGreatPower(), P.getSettings_GreatPower(), "greatPower", 0, Limits.MAX_SHARE_PERCENT, "%");
		setting(s, s.getArmsGrowth(), P.getSettings_ArmsGrowth(), "armsGrowth", 0, Limits.MAX_SHARE_PERCENT, "%");
		setting(s, s.getPoleShare(), P.getSettings_PoleShare(), "poleShare", 0, Limits.MAX_SHARE_PERCENT, "%");
		if (s.getDecision() != null) {
			decisionWeights(s.getDecision());
		}
		if (s.getLapseAfter() != null && s.getLapseAfter() < Limits.MIN_LAPSE_AFTER) {
			int min = Limits.MIN_LAPSE_AFTER;
			error("lapseAfter must be at least " + min + " turn, not " + s.getLapseAfter() + ".", s, P.getSettings_LapseAfter(),
					SETTING_OUT_OF_RANGE, kv("setting", "lapseAfter"), kv("value", s.getLapseAfter()), kv("min", min),
					kv("max", "none"));
		}
	}

	/**
	 * The decision weights (docs/semantics.md §6a): each within ±{@link DecisionWeight#MAX_MAGNITUDE} (an error), and a
	 * warning when its sign is not the theory's ({@link DecisionWeight#agreesWithTheory}): a scholar may test it.
	 */
	private void decisionWeights(DecisionSetting d) {
		double max = DecisionWeight.MAX_MAGNITUDE;
		for (Map.Entry<DecisionWeight, Double> e : DecisionSettingValues.stated(d).entrySet()) {
			DecisionWeight weight = e.getKey();
			double v = e.getValue();
			EStructuralFeature feature = DecisionSettingValues.feature(d, weight);
			String setting = "decision " + weight.keyword();
			if (!(v >= -max && v <= max)) {
				setting(d, v, feature, setting, -max, max, "");
			} else if (!weight.agreesWithTheory(v)) {
				warning(setting + " " + fmt(v) + " has the sign the theory does not give: " + weight.theory()
						+ " (docs/semantics.md §6a). The run uses it as written.", d, feature, DECISION_WEIGHT_AGAINST_THEORY,
						kv("setting", setting), kv("value", fmt(v)), kv("weight", weight.symbol()));
			}
		}
	}

	// ------------------------------------------------------------------ helpers

	/** A capability: not negative, at most {@link Limits#MAX_CAPABILITY}. */
	private void capability(EObject owner, Double value, EStructuralFeature feature, String property) {
		if (atMost(owner, value, feature, property, Limits.MAX_CAPABILITY, "")) {
			nonNegative(owner, value, feature, property);
		}
	}

	/**
	 * Whether a number is within ±max; otherwise an error that names the bound (a literal of more
	 * than 308 digits is infinite here, and is reported the same way).
	 */
	private boolean atMost(EObject owner, Double value, EStructuralFeature feature, String property, double max, String unit) {
		if (value == null || Math.abs(value) <= max) {
			return true;
		}
		String bound = value > 0 ? "at most " + bound(max) + unit : "at least -" + bound(max) + unit;
		error(property + " must be " + bound + ", not " + fmt(value) + (Double.isFinite(value) ? unit : "") + of(owner)
				+ ": larger numbers are beyond what the model computes (docs/validation.md).", owner, feature, NUMBER_TOO_LARGE,
				kv("property", property), kv("value", fmt(value)), kv("max", fmt(max)));
		return false;
	}

	/**
	 * Whether a year, when written, is at most {@link Limits#MAX_YEAR} (the grammar has no negative
	 * years); otherwise an error.
	 */
	private boolean calendarYear(EObject owner, Integer year, EStructuralFeature feature, String what) {
		if (year == null || year <= Limits.MAX_YEAR) {
			return true;
		}
		error("The year " + year + " (" + what + ") is out of range: years must be at most " + Limits.MAX_YEAR + ".", owner,
				feature, YEAR_OUT_OF_RANGE, kv("year", year), kv("max", Limits.MAX_YEAR));
		return false;
	}

	/** 10^15 rather than 1000000000000000; small bounds as they are. */
	private static String bound(double max) {
		if (max >= 1e6) {
			long exponent = Math.round(Math.log10(max));
			if (Math.pow(10, exponent) == max) {
				return "10^" + exponent;
			}
		}
		return fmt(max);
	}

	private void nonNegative(EObject owner, Double value, EStructuralFeature feature, String property) {
		if (value != null && value < 0) {
			error(property + " cannot be negative (" + fmt(value) + ")" + of(owner) + ".", owner, feature, NEGATIVE_CAPABILITY,
					kv("property", property), kv("value", fmt(value)));
		}
	}

	private void fraction(EObject owner, Double value, EStructuralFeature feature, String property, String state) {
		if (value != null && (value < 0 || value > 1)) {
			error(property + " must be between 0 and 1, not " + fmt(value) + (state == null ? "" : " (state " + state + ")") + ".",
					owner, feature, FRACTION_OUT_OF_RANGE, kv("property", property), kv("value", fmt(value)));
		}
	}

	private void forces(EObject clause, Double value, EStructuralFeature feature) {
		if (value != null && (value < 0 || value > 100)) {
			String treaty = clause.eContainer() instanceof Treaty t ? t.getName() : null;
			error("forces must be between 0% and 100%, not " + fmt(value) + "%" + (treaty == null ? "" : " (treaty " + treaty + ")") + ".",
					clause, feature, FORCES_OUT_OF_RANGE, kv("value", fmt(value)));
		}
	}

	private void setting(EObject owner, Double value, EStructuralFeature feature, String setting, double min, double max,
			String unit) {
		if (value != null && (value < min || value > max)) {
			String range = max == Limits.MAX_WEIGHT && value < min ? "cannot be negative"
					: "must be between " + fmt(min) + unit + " and " + fmt(max) + unit;
			error(setting + " " + range + ", not " + fmt(value) + (Double.isFinite(value) ? unit : "") + ".", owner, feature,
					SETTING_OUT_OF_RANGE, kv("setting", setting), kv("value", fmt(value)), kv("min", fmt(min)), kv("max", fmt(max)),
					kv("unit", unit));
		}
	}

	private void year(EObject owner, int year, EStructuralFeature feature, String what) {
		if (!(owner.eContainer() instanceof Model model) || model.getHeader() == null) {
			return;
		}
		ScenarioHeader h = model.getHeader();
		if (h.getFromYear() == null || h.getToYear() == null || h.getFromYear() > h.getToYear()) {
			return;
		}
		int from = h.getFromYear();
		int to = h.getToYear();
		if (year < from || year > to) {
			error("This " + what + " is in " + year + ", outside the scenario's years " + from + " to " + to + ".", owner, feature,
					YEAR_OUTSIDE_SCENARIO, kv("year", year), kv("from", from), kv("to", to));
		}
	}

	private static String of(EObject owner) {
		String name = name(owner);
		if (owner instanceof StateDecl) return " for the state " + name;
		if (owner instanceof Actor) return " for the actor " + name;
		return "";
	}
}
