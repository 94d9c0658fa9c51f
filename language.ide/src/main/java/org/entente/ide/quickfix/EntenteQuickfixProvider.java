package org.entente.ide.quickfix;

import java.util.List;

import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.entente.entente.Ideology;
import org.entente.entente.Region;
import org.entente.entente.StateDecl;
import org.entente.naming.DeclarationKind;
import org.entente.validation.EntenteIssueCodes;

import com.google.inject.Inject;

/**
 * Quick fixes, one method per issue code (see {@link EntenteIssueCodes}); each reads the issue data
 * the validator attached and answers with text edits.
 */
public class EntenteQuickfixProvider extends DiagnosticAwareQuickfixProvider {

	@Inject
	private DeclarationInserter inserter;

	@Inject
	private FixEdits fixEdits;

	/** Offers the validator's own edit (issue data remove=/insert=/replace=) under this title. */
	private void offer(DiagnosticResolutionAcceptor acceptor, String title) {
		if (fixEdits.hasEdits(diagnostic())) {
			acceptor.accept(title, (diagnostic, element, document) -> fixEdits.edits(diagnostic, document));
		}
	}

	private String quoted(String key) {
		String value = value(key);
		return value == null ? "it" : "'" + value + "'";
	}

	private String firstNewText() {
		List<String> texts = fixEdits.newTexts(diagnostic());
		return texts.isEmpty() ? "" : texts.get(0);
	}

	// ------------------------------------------------------------------ structure

	@QuickFix(EntenteIssueCodes.DUPLICATE_NAME)
	public void removeDuplicateDeclaration(DiagnosticResolutionAcceptor acceptor) {
		offer(acceptor, "Remove this duplicate declaration of " + quoted("name"));
	}

	@QuickFix(EntenteIssueCodes.SELF_REFERENCE)
	public void removeSelfReference(DiagnosticResolutionAcceptor acceptor) {
		offer(acceptor, "Remove the self-reference to " + quoted("name"));
	}

	@QuickFix(EntenteIssueCodes.DUPLICATE_MEMBER)
	public void removeDuplicateMember(DiagnosticResolutionAcceptor acceptor) {
		offer(acceptor, "Remove the duplicate member " + quoted("name"));
	}

	@QuickFix(EntenteIssueCodes.DUPLICATE_REFERENCE)
	public void removeDuplicateReference(DiagnosticResolutionAcceptor acceptor) {
		offer(acceptor, "Remove the duplicate " + quoted("name"));
	}

	@QuickFix(EntenteIssueCodes.GUARANTOR_IS_RECIPIENT)
	public void removeRecipientWhoGuarantees(DiagnosticResolutionAcceptor acceptor) {
		String from = value("from");
		offer(acceptor, "Remove " + quoted("state") + " from the " + (from == null || from.isEmpty() ? "recipients" : from));
	}

	@QuickFix(EntenteIssueCodes.AGAINST_OWN_PARTY)
	public void removeTargetWhoIsAParty(DiagnosticResolutionAcceptor acceptor) {
		offer(acceptor, "Remove " + quoted("state") + " from the targets");
	}

	@QuickFix(EntenteIssueCodes.DUPLICATE_SETTINGS)
	public void removeSecondSettings(DiagnosticResolutionAcceptor acceptor) {
		offer(acceptor, "Remove this second settings block");
	}

	@QuickFix(EntenteIssueCodes.LANDSCAPE_BOTH_SIDES)
	public void removeFromSecondSide(DiagnosticResolutionAcceptor acceptor) {
		offer(acceptor, "Remove " + quoted("name") + " from the second side");
	}

	// ------------------------------------------------------------------ ranges and dates

	@QuickFix(EntenteIssueCodes.NEGATIVE_CAPABILITY)
	public void makeCapabilityPositive(DiagnosticResolutionAcceptor acceptor) {
		offer(acceptor, "Change " + value("property") + " to " + firstNewText());
	}

	@QuickFix(EntenteIssueCodes.FRACTION_OUT_OF_RANGE)
	public void clampFraction(DiagnosticResolutionAcceptor acceptor) {
		offer(acceptor, "Change " + value("property") + " to " + firstNewText());
	}

	@QuickFix(EntenteIssueCodes.FORCES_OUT_OF_RANGE)
	public void clampForces(DiagnosticResolutionAcceptor acceptor) {
		offer(acceptor, "Change forces to " + firstNewText());
	}

	@QuickFix(EntenteIssueCodes.EXPIRES_NOT_AFTER_SIGNED)
	public void fixExpiry(DiagnosticResolutionAcceptor acceptor) {
		List<String> texts = fixEdits.newTexts(diagnostic());
		offer(acceptor, texts.size() >= 2 ? "Swap the signed and expires years" : "Change expires to " + firstNewText());
	}

	@QuickFix(EntenteIssueCodes.YEAR_OUTSIDE_SCENARIO)
	public void moveYearIntoScenario(DiagnosticResolutionAcceptor acceptor) {
		offer(acceptor, "Change the year to " + firstNewText());
	}

	@QuickFix(EntenteIssueCodes.FROM_AFTER_TO)
	public void swapFromAndTo(DiagnosticResolutionAcceptor acceptor) {
		offer(acceptor, "Swap the from and to years");
	}

	@QuickFix(EntenteIssueCodes.STEP_TOO_SMALL)
	public void stepOfOne(DiagnosticResolutionAcceptor acceptor) {
		offer(acceptor, "Change step to " + firstNewText());
	}

	@QuickFix(EntenteIssueCodes.SETTING_OUT_OF_RANGE)
	public void clampSetting(DiagnosticResolutionAcceptor acceptor) {
		offer(acceptor, "Change " + value("setting") + " to " + firstNewText());
	}

	// ------------------------------------------------------------------ commitments

	@QuickFix(EntenteIssueCodes.CONFLICTING_DEFENSE)
	public void removeConflictingTarget(DiagnosticResolutionAcceptor acceptor) {
		offer(acceptor, "Remove the conflicting pledge against " + quoted("against"));
	}

	@QuickFix(EntenteIssueCodes.OFFENSE_AGAINST_NONAGGRESSION_PARTNER)
	public void removeOffenseTarget(DiagnosticResolutionAcceptor acceptor) {
		offer(acceptor, "Remove " + quoted("target") + " from the offense targets");
	}

	@QuickFix(EntenteIssueCodes.NEUTRALITY_DEFENSE_CONFLICT)
	public void removeNeutralityConflict(DiagnosticResolutionAcceptor acceptor) {
		offer(acceptor, "Remove the pledge that conflicts with neutrality toward " + quoted("partner"));
	}

	@QuickFix(EntenteIssueCodes.DEFENSE_AGAINST_ALLY)
	public void removeAllyFromTargets(DiagnosticResolutionAcceptor acceptor) {
		offer(acceptor, "Remove the ally " + quoted("ally") + " from the targets");
	}

	@QuickFix(EntenteIssueCodes.TREATY_NOT_IN_FORCE)
	public void removeEventOutOfForce(DiagnosticResolutionAcceptor acceptor) {
		offer(acceptor, "Remove this event");
	}

	@QuickFix(EntenteIssueCodes.ALREADY_A_PARTY)
	public void removeRedundantJoin(DiagnosticResolutionAcceptor acceptor) {
		offer(acceptor, "Remove this event");
	}

	@QuickFix(EntenteIssueCodes.NOT_A_PARTY)
	public void removeImpossibleLeave(DiagnosticResolutionAcceptor acceptor) {
		offer(acceptor, "Remove this event");
	}

	@QuickFix(EntenteIssueCodes.CHAIN_GANGING_RISK)
	public void addUnlessProvoked(DiagnosticResolutionAcceptor acceptor) {
		offer(acceptor, "Add 'unless provoked'");
	}

	@QuickFix(EntenteIssueCodes.DUPLICATE_CLAUSE)
	public void removeDuplicateClause(DiagnosticResolutionAcceptor acceptor) {
		offer(acceptor, "Remove this duplicate clause");
	}

	/** Issue data: [kind, name]. Offers to declare the missing state, ideology or region. */
	@QuickFix(EntenteIssueCodes.UNRESOLVED_NAME)
	public void createMissingDeclaration(DiagnosticResolutionAcceptor acceptor) {
		String kind = data(0);
		String name = data(1);
		if (kind == null || name == null || !name.matches("\\^?[A-Za-z_][A-Za-z0-9_]*")) {
			return;
		}
		switch (DeclarationKind.ofWord(kind).orElse(DeclarationKind.OTHER)) {
			case STATE -> acceptor.accept("Create state '" + name + "'",
					(d, element, document) -> inserter.insert(element, StateDecl.class, "state " + name + " { }", document));
			case IDEOLOGY -> acceptor.accept("Create ideology '" + name + "'",
					(d, element, document) -> inserter.insert(element, Ideology.class, "ideology " + name, document));
			case REGION -> acceptor.accept("Create region '" + name + "'",
					(d, element, document) -> inserter.insert(element, Region.class, "region " + name, document));
			default -> {
				// treaties need members and clauses: no one-line declaration to offer
			}
		}
	}
}
