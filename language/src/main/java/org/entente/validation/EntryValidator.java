package org.entente.validation;

import static org.entente.validation.EntenteIssueCodes.*;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.validation.Check;
import org.entente.entente.Event;
import org.entente.entente.Expectation;
import org.entente.entente.Model;
import org.entente.entente.ScenarioHeader;
import org.entente.entente.StateDecl;

/**
 * State-system entry ({@code since YEAR}, docs/semantics.md §1 "Entry"): a state named by an event or an
 * expectation before it enters, and an entry after the scenario's last year. The engine's rule is
 * {@link org.entente.engine.model.State#absentIn}: absent in every year before {@code since}.
 */
public class EntryValidator extends EntenteCheckBase {

	@Check
	public void checkEntryYear(StateDecl s) {
		ScenarioHeader h = header(s);
		if (s.getSince() == null || h == null || h.getToYear() == null || s.getSince() <= h.getToYear()) {
			return;
		}
		warning(label(s) + " enters the state system in " + s.getSince() + ", after the scenario's last year "
				+ h.getToYear() + ": it never takes part.", s, P.getStateDecl_Since(), ENTRY_AFTER_SCENARIO,
				kv("state", s.getName()), kv("since", s.getSince()), kv("to", h.getToYear()));
	}

	@Check
	public void checkEvent(Event e) {
		if (e.getAction() == null) {
			return;
		}
		ScenarioHeader h = header(e);
		forEachState(e.getAction(), (owner, feature, index, state) -> {
			if (absent(state, e.getYear())) {
				// from, to and sameFile tell the quick fixes which repair fits (move the event, or the entry)
				error(label(state) + " enters the state system in " + state.getSince() + "; this event is in " + e.getYear()
						+ ".", owner, feature, index, EVENT_BEFORE_ENTRY, kv("state", state.getName()),
						kv("since", state.getSince()), kv("year", e.getYear()), kv("from", fromYear(h)), kv("to", toYear(h)),
						kv("sameFile", state.eResource() == e.eResource()));
			}
		});
	}

	@Check
	public void checkExpectation(Expectation x) {
		Integer year = x.getYear();
		if (year == null) {
			ScenarioHeader h = header(x);
			year = h == null ? null : h.getToYear();
		}
		if (year == null || x.getCondition() == null) {
			return;
		}
		int at = year;
		String timing = x.getYear() == null || x.getTiming() == null ? "" : x.getTiming().getLiteral();
		String to = toYear(header(x));
		forEachState(x.getCondition(), (owner, feature, index, state) -> {
			if (absent(state, at)) {
				warning(label(state) + " enters the state system in " + state.getSince() + "; this expectation is about "
						+ at + ", when it is not in the system.", owner, feature, index, EXPECTATION_BEFORE_ENTRY,
						kv("state", state.getName()), kv("since", state.getSince()), kv("year", at), kv("timing", timing),
						kv("to", to));
			}
		});
	}

	private interface StateReference {
		void accept(EObject owner, EReference feature, int index, StateDecl state);
	}

	/** Every resolved state an event's action or an expectation's condition names, with where it is written. */
	private static void forEachState(EObject owner, StateReference visitor) {
		for (EReference ref : owner.eClass().getEAllReferences()) {
			if (ref.isContainment() || ref.getEReferenceType() != P.getStateDecl()) {
				continue;
			}
			Object value = owner.eGet(ref);
			if (value instanceof List<?> list) {
				for (int i = 0; i < list.size(); i++) {
					if (list.get(i) instanceof StateDecl s && !s.eIsProxy()) visitor.accept(owner, ref, i, s);
				}
			} else if (value instanceof StateDecl s && !s.eIsProxy()) {
				visitor.accept(owner, ref, INSIGNIFICANT_INDEX, s);
			}
		}
	}

	private static boolean absent(StateDecl s, int year) {
		return s.getSince() != null && year < s.getSince();
	}

	private static String label(StateDecl s) {
		return s.getTitle() != null && !s.getTitle().isBlank() ? s.getTitle() : s.getName();
	}

	/** The header's first year as issue data: empty when the file has no {@code from}. */
	private static String fromYear(ScenarioHeader h) {
		return h == null || h.getFromYear() == null ? "" : h.getFromYear().toString();
	}

	/** The header's last year as issue data: empty when the file has no {@code to}. */
	private static String toYear(ScenarioHeader h) {
		return h == null || h.getToYear() == null ? "" : h.getToYear().toString();
	}

	private static ScenarioHeader header(EObject e) {
		EObject top = StructureValidator.topLevel(e);
		return top.eContainer() instanceof Model m ? m.getHeader() : null;
	}
}
