package org.entente.ide.quickfix;

import static org.entente.validation.EntenteIssueCodes.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.entente.engine.trace.Fmt;
import org.entente.entente.DefenseClause;
import org.entente.entente.EntentePackage;
import org.entente.entente.Event;
import org.entente.entente.Expectation;
import org.entente.entente.Guarantee;
import org.entente.entente.Ideology;
import org.entente.entente.Region;
import org.entente.entente.ScenarioHeader;
import org.entente.entente.StateDecl;
import org.entente.entente.Treaty;
import org.entente.naming.DeclarationKind;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Quick fixes, one per issue code (see {@link org.entente.validation.EntenteIssueCodes}). A fix is
 * offered with a title made from the issue data (names, years, values) and computes its edit from
 * the model when it is applied ({@link NodeEdits}).
 */
public class EntenteQuickfixProvider implements IQuickFixProvider {

	/** Offers the fixes of one issue code for one diagnostic. */
	private interface Fix {
		void offer(Diagnostic diagnostic, IssueData data, DiagnosticResolutionAcceptor acceptor);
	}

	private static final EntentePackage P = EntentePackage.eINSTANCE;

	@Inject
	private Provider<DiagnosticResolutionAcceptor> acceptors;

	@Inject
	private DeclarationInserter inserter;

	@Inject
	private NodeEdits edits;

	private final Map<String, Fix> fixes = new HashMap<>();

	public EntenteQuickfixProvider() {
		// structure
		fixes.put(DUPLICATE_NAME, (d, data, acceptor) -> acceptor.accept("Remove this duplicate declaration of " + quoted(data, "name"),
				(diagnostic, element, document) -> edits.removeTopLevel(element, document)));
		removeReference(SELF_REFERENCE, data -> "Remove the self-reference to " + quoted(data, "name"));
		removeReference(DUPLICATE_MEMBER, data -> "Remove the duplicate member " + quoted(data, "name"));
		removeReference(DUPLICATE_REFERENCE, data -> "Remove the duplicate " + quoted(data, "name"));
		fixes.put(GUARANTOR_IS_RECIPIENT, this::removeGuarantorOrRecipient);
		removeReference(AGAINST_OWN_PARTY, data -> "Remove " + quoted(data, "state") + " from the targets");
		fixes.put(DUPLICATE_SETTINGS, (d, data, acceptor) -> acceptor.accept("Remove this second settings block",
				(diagnostic, element, document) -> edits.removeTopLevel(element, document)));
		removeReference(LANDSCAPE_BOTH_SIDES, data -> "Remove " + quoted(data, "name") + " from the second side");

		// ranges and dates
		replaceValue(NEGATIVE_CAPABILITY, data -> data.value("property"), data -> negated(data.number("value")));
		replaceValue(FRACTION_OUT_OF_RANGE, data -> data.value("property"), data -> clamped(data.number("value"), 0.0, 1.0, ""));
		replaceValue(FORCES_OUT_OF_RANGE, data -> "forces", data -> clamped(data.number("value"), 0.0, 100.0, "%"));
		replaceValue(SETTING_OUT_OF_RANGE, data -> data.value("setting"),
				data -> clamped(data.number("value"), data.number("min"), data.number("max"), unit(data)));
		replaceValue(STEP_TOO_SMALL, data -> "step", data -> "1");
		fixes.put(YEAR_OUTSIDE_SCENARIO, this::moveYearIntoScenario);
		fixes.put(EXPIRES_NOT_AFTER_SIGNED, this::fixExpiry);
		fixes.put(FROM_AFTER_TO, (d, data, acceptor) -> acceptor.accept("Swap the from and to years",
				(diagnostic, element, document) -> {
					if (!(element instanceof ScenarioHeader h) || h.getFromYear() == null || h.getToYear() == null) {
						return List.of();
					}
					return concat(edits.replaceFeature(h, P.getScenarioHeader_FromYear(), h.getToYear().toString(), document),
							edits.replaceFeature(h, P.getScenarioHeader_ToYear(), h.getFromYear().toString(), document));
				}));

		// commitments
		removeReference(CONFLICTING_DEFENSE, data -> "Remove the conflicting pledge against " + quoted(data, "against"));
		removeReference(OFFENSE_AGAINST_NONAGGRESSION_PARTNER, data -> "Remove " + quoted(data, "target") + " from the offense targets");
		removeReference(NEUTRALITY_DEFENSE_CONFLICT,
				data -> "Remove the pledge that conflicts with neutrality toward " + quoted(data, "partner"));
		removeReference(DEFENSE_AGAINST_ALLY, data -> "Remove the ally " + quoted(data, "ally") + " from the targets");
		for (String code : List.of(TREATY_NOT_IN_FORCE, ALREADY_A_PARTY, NOT_A_PARTY)) {
			fixes.put(code, (d, data, acceptor) -> acceptor.accept("Remove this event",
					(diagnostic, element, document) -> edits.removeTopLevel(element, document)));
		}
		fixes.put(CHAIN_GANGING_RISK, (d, data, acceptor) -> acceptor.accept("Add 'unless provoked'",
				(diagnostic, element, document) -> element instanceof DefenseClause clause && !clause.isUnlessProvoked()
						? edits.insertBeforeFeature(clause, P.getDefenseClause_Forces(), "unless provoked", document)
						: List.of()));
		fixes.put(DUPLICATE_CLAUSE, (d, data, acceptor) -> acceptor.accept("Remove this duplicate clause",
				(diagnostic, element, document) -> edits.removeElement(element, document)));

		// state-system entry (docs/semantics.md §1 "Entry")
		fixes.put(EVENT_BEFORE_ENTRY, this::fixEventBeforeEntry);
		fixes.put(ENTRY_AFTER_SCENARIO, (d, data, acceptor) -> acceptor.accept("Remove 'since' from " + quoted(data, "state"),
				(diagnostic, element, document) -> element instanceof StateDecl s
						? edits.removeOptionalFeature(s, P.getStateDecl_Since(), document)
						: List.of()));
		fixes.put(EXPECTATION_BEFORE_ENTRY, this::moveExpectationToEntry);

		fixes.put(UNRESOLVED_NAME, this::createMissingDeclaration);
	}

	@Override
	public List<DiagnosticResolution> getResolutions(ICodeActionService2.Options options, Diagnostic diagnostic) {
		Fix fix = fixes.get(code(diagnostic));
		if (fix == null) {
			return List.of();
		}
		DiagnosticResolutionAcceptor acceptor = acceptors.get();
		fix.offer(diagnostic, IssueData.of(diagnostic), acceptor);
		return acceptor.getDiagnosticResolutions(options, diagnostic);
	}

	@Override
	public boolean handlesDiagnostic(Diagnostic diagnostic) {
		return fixes.containsKey(code(diagnostic));
	}

	private static String code(Diagnostic diagnostic) {
		return diagnostic.getCode() == null ? null : diagnostic.getCode().getLeft();
	}

	// ------------------------------------------------------------------ kinds of fix

	/** Removes the reference the diagnostic points at (a list item with its comma). */
	private void removeReference(String code, java.util.function.Function<IssueData, String> title) {
		fixes.put(code, (d, data, acceptor) -> acceptor.accept(title.apply(data),
				(diagnostic, element, document) -> edits.removeReferenceAt(diagnostic, element, document)));
	}

	/** Replaces the number the diagnostic points at by a value in range (no fix when none can be told). */
	private void replaceValue(String code, java.util.function.Function<IssueData, String> property,
			java.util.function.Function<IssueData, String> newText) {
		fixes.put(code, (d, data, acceptor) -> {
			String text = newText.apply(data);
			if (text != null) {
				acceptor.accept("Change " + property.apply(data) + " to " + text,
						(diagnostic, element, document) -> edits.replaceValueAt(diagnostic, element, text, document));
			}
		});
	}

	/** From the list whose removal leaves a valid guarantee (issue data {@code from}); none when neither does. */
	private void removeGuarantorOrRecipient(Diagnostic d, IssueData data, DiagnosticResolutionAcceptor acceptor) {
		String from = data.value("from");
		String state = data.value("state");
		if (state == null || !("recipients".equals(from) || "guarantors".equals(from))) {
			return;
		}
		acceptor.accept("Remove '" + state + "' from the " + from, (diagnostic, element, document) -> {
			if (!(element instanceof Guarantee g)) {
				return List.of();
			}
			return edits.removeListItem(g, from.equals("recipients") ? P.getGuarantee_Recipients() : P.getGuarantee_Guarantors(),
					state, document);
		});
	}

	private void moveYearIntoScenario(Diagnostic d, IssueData data, DiagnosticResolutionAcceptor acceptor) {
		Double year = data.number("year");
		Double from = data.number("from");
		Double to = data.number("to");
		if (year == null || from == null || to == null) {
			return;
		}
		String nearest = Fmt.plain(year < from ? from : to);
		acceptor.accept("Change the year to " + nearest,
				(diagnostic, element, document) -> edits.replaceValueAt(diagnostic, element, nearest, document));
	}

	/** Swaps the years when expires comes before signed; makes expires the year after signed when they are equal. */
	private void fixExpiry(Diagnostic d, IssueData data, DiagnosticResolutionAcceptor acceptor) {
		Double signed = data.number("signed");
		Double expires = data.number("expires");
		if (signed == null || expires == null) {
			return;
		}
		String title = expires < signed ? "Swap the signed and expires years" : "Change expires to " + Fmt.plain(signed + 1);
		acceptor.accept(title, (diagnostic, element, document) -> {
			if (!(element instanceof Treaty t) || t.getSigned() == null || t.getExpires() == null) {
				return List.of();
			}
			if (t.getExpires() < t.getSigned()) {
				return concat(edits.replaceFeature(t, P.getTreaty_Signed(), t.getExpires().toString(), document),
						edits.replaceFeature(t, P.getTreaty_Expires(), t.getSigned().toString(), document));
			}
			return edits.replaceFeature(t, P.getTreaty_Expires(), Integer.toString(t.getSigned() + 1), document);
		});
	}

	/**
	 * An event naming a state before its entry: move the event to the entry year (unless that is after the
	 * scenario, where the event would be out of range), or let the state enter in the event's year (when
	 * that year is within the scenario and the state's declaration is in this file, the one a fix edits).
	 */
	private void fixEventBeforeEntry(Diagnostic d, IssueData data, DiagnosticResolutionAcceptor acceptor) {
		String state = data.value("state");
		Double since = data.number("since");
		Double year = data.number("year");
		Double from = data.number("from");
		Double to = data.number("to");
		if (state == null || since == null || year == null) {
			return;
		}
		if (to == null || since <= to) {
			acceptor.accept("Move the event to " + Fmt.plain(since), (diagnostic, element, document) -> {
				Event event = EcoreUtil2.getContainerOfType(element, Event.class);
				StateDecl entrant = namedState(event, state);
				return event == null || entrant == null || entrant.getSince() == null ? List.of()
						: edits.replaceFeature(event, P.getEvent_Year(), entrant.getSince().toString(), document);
			});
		}
		boolean withinScenario = (from == null || from <= year) && (to == null || year <= to);
		if (withinScenario && "true".equals(data.value("sameFile"))) {
			acceptor.accept("Let " + quoted(data, "state") + " enter in " + Fmt.plain(year), (diagnostic, element, document) -> {
				Event event = EcoreUtil2.getContainerOfType(element, Event.class);
				StateDecl entrant = namedState(event, state);
				return event == null || entrant == null || entrant.eResource() != event.eResource() ? List.of()
						: edits.replaceFeature(entrant, P.getStateDecl_Since(), Integer.toString(event.getYear()), document);
			});
		}
	}

	/** An expectation about a state before its entry: move a dated expectation to the entry year, when that is within the scenario. */
	private void moveExpectationToEntry(Diagnostic d, IssueData data, DiagnosticResolutionAcceptor acceptor) {
		String state = data.value("state");
		String timing = data.value("timing");
		Double since = data.number("since");
		Double to = data.number("to");
		if (state == null || since == null || timing == null || timing.isEmpty() || to != null && since > to) {
			return;
		}
		acceptor.accept("Move the expectation to " + Fmt.plain(since), (diagnostic, element, document) -> {
			Expectation expectation = EcoreUtil2.getContainerOfType(element, Expectation.class);
			StateDecl entrant = namedState(expectation, state);
			return expectation == null || expectation.getYear() == null || entrant == null || entrant.getSince() == null
					? List.of()
					: edits.replaceFeature(expectation, P.getExpectation_Year(), entrant.getSince().toString(), document);
		});
	}

	/** The state called {@code name} among those an event or expectation refers to. */
	private static StateDecl namedState(EObject eventOrExpectation, String name) {
		if (eventOrExpectation == null) {
			return null;
		}
		for (EObject element : EcoreUtil2.eAllOfType(eventOrExpectation, EObject.class)) {
			for (EObject target : element.eCrossReferences()) {
				if (target instanceof StateDecl s && !s.eIsProxy() && name.equals(s.getName())) {
					return s;
				}
			}
		}
		return null;
	}

	/** Issue data: [kind, name]. Offers to declare the missing state, ideology or region. */
	private void createMissingDeclaration(Diagnostic d, IssueData data, DiagnosticResolutionAcceptor acceptor) {
		String kind = data.get(0);
		String name = data.get(1);
		if (kind == null || name == null || !name.matches("\\^?[A-Za-z_][A-Za-z0-9_]*")) {
			return;
		}
		switch (DeclarationKind.ofWord(kind).orElse(DeclarationKind.OTHER)) {
			case STATE -> acceptor.accept("Create state '" + name + "'",
					(diagnostic, element, document) -> inserter.insert(element, StateDecl.class, "state " + name + " { }", document));
			case IDEOLOGY -> acceptor.accept("Create ideology '" + name + "'",
					(diagnostic, element, document) -> inserter.insert(element, Ideology.class, "ideology " + name, document));
			case REGION -> acceptor.accept("Create region '" + name + "'",
					(diagnostic, element, document) -> inserter.insert(element, Region.class, "region " + name, document));
			default -> {
				// treaties need members and clauses: no one-line declaration to offer
			}
		}
	}

	// ------------------------------------------------------------------ titles and values

	private static String quoted(IssueData data, String key) {
		String value = data.value(key);
		return value == null ? "it" : "'" + value + "'";
	}

	private static String negated(Double value) {
		return value == null || !Double.isFinite(value) ? null : Fmt.plain(-value);
	}

	/** The nearest bound of min..max (max null: no upper bound), with its unit; null when the value is unknown. */
	private static String clamped(Double value, Double min, Double max, String unit) {
		if (value == null || min == null) {
			return null;
		}
		return Fmt.plain(value < min ? min : max == null ? value : Math.min(value, max)) + unit;
	}

	private static String unit(IssueData data) {
		String unit = data.value("unit");
		return unit == null ? "" : unit;
	}

	private static <T> List<T> concat(List<T> first, List<T> second) {
		List<T> all = new java.util.ArrayList<>(first);
		all.addAll(second);
		return all;
	}

}
