package org.entente.validation;

import static org.entente.validation.EntenteIssueCodes.*;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.entente.entente.Alliance;
import org.entente.entente.AlliedWith;
import org.entente.entente.Annexation;
import org.entente.entente.Attack;
import org.entente.entente.AtWarWith;
import org.entente.entente.BalancesAgainst;
import org.entente.entente.BandwagonsWith;
import org.entente.entente.Clause;
import org.entente.entente.Condition;
import org.entente.entente.DefenseClause;
import org.entente.entente.Dispute;
import org.entente.entente.Element;
import org.entente.entente.Guarantee;
import org.entente.entente.Ideology;
import org.entente.entente.LandscapeSplit;
import org.entente.entente.Model;
import org.entente.entente.NeutralityClause;
import org.entente.entente.OffenseClause;
import org.entente.entente.Organization;
import org.entente.entente.Peace;
import org.entente.entente.Propensity;
import org.entente.entente.Rivalry;
import org.entente.entente.SanctionsClause;
import org.entente.entente.Settings;
import org.entente.entente.SoftBalancesAgainst;
import org.entente.entente.StateDecl;
import org.entente.entente.ThreatDecl;
import org.entente.entente.Treaty;
import org.entente.naming.DeclarationKind;

/** Structure: names, self-reference, duplicate and contradictory parties, one settings block. */
public class StructureValidator extends EntenteCheckBase {

	// ------------------------------------------------------------------ names

	/**
	 * Names are unique per kind (states, treaties, ideologies, regions, organizations, actors) within
	 * one file: the engine keeps one name space per kind. The first declaration wins; every later one
	 * is reported once.
	 */
	@Check
	public void checkDuplicateNames(Model model) {
		Map<String, EObject> first = new HashMap<>();
		for (Element e : model.getElements()) {
			String kind = kindOf(e);
			String name = name(e);
			if (kind == null || name == null) {
				continue;
			}
			EObject earlier = first.putIfAbsent(kind + " " + name, e);
			if (earlier != null) {
				int line = line(earlier);
				error("A " + kind + " named '" + name + "' is already declared on line " + line + ".", e,
						nameFeature(e), DUPLICATE_NAME, kv("kind", kind), kv("name", name), kv("firstLine", line));
			}
		}
	}

	/** The kind whose names must be unique ({@link DeclarationKind#named()}), or null. */
	private static String kindOf(EObject e) {
		DeclarationKind kind = DeclarationKind.of(e);
		return kind.named() ? kind.word() : null;
	}

	private static EStructuralFeature nameFeature(EObject e) {
		return e.eClass().getEStructuralFeature("name");
	}

	private static int line(EObject e) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(e);
		return node == null ? 0 : node.getStartLine();
	}

	@Check
	public void checkOneSettings(Model model) {
		boolean seen = false;
		for (Element e : model.getElements()) {
			if (e instanceof Settings s) {
				if (seen) {
					error("Only one settings block is allowed per file; merge this one into the first.", s, null,
							DUPLICATE_SETTINGS);
				}
				seen = true;
			}
		}
	}

	// ------------------------------------------------------------------ self-reference

	@Check
	public void checkBorders(StateDecl s) {
		List<StateDecl> borders = s.getBorders();
		for (int i = 0; i < borders.size(); i++) {
			if (borders.get(i) == s) {
				error(s.getName() + " cannot border itself.", s, P.getStateDecl_Borders(), i, SELF_REFERENCE,
						kv("name", s.getName()));
			}
		}
		duplicates(s, P.getStateDecl_Borders(), DUPLICATE_REFERENCE, " is listed twice among the borders of " + s.getName() + ".");
	}

	@Check
	public void checkOpposes(Ideology ideology) {
		List<Ideology> opposes = ideology.getOpposes();
		for (int i = 0; i < opposes.size(); i++) {
			if (opposes.get(i) == ideology) {
				error("The ideology " + ideology.getName() + " cannot oppose itself.", ideology, P.getIdeology_Opposes(), i,
						SELF_REFERENCE, kv("name", ideology.getName()));
			}
		}
		duplicates(ideology, P.getIdeology_Opposes(), DUPLICATE_REFERENCE, " is listed twice among the ideologies "
				+ ideology.getName() + " opposes.");
	}

	@Check
	public void checkDispute(Dispute d) {
		pair(d, d.getLeft(), d.getRight(), P.getDispute_Right(), "cannot have a dispute with itself.");
	}

	@Check
	public void checkRivalry(Rivalry r) {
		pair(r, r.getLeft(), r.getRight(), P.getRivalry_Right(), "cannot be its own rival.");
	}

	@Check
	public void checkPropensity(Propensity p) {
		pair(p, p.getLeft(), p.getRight(), P.getPropensity_Right(), "cannot have a propensity towards itself.");
	}

	@Check
	public void checkThreat(ThreatDecl t) {
		pair(t, t.getSource(), t.getTarget(), P.getThreatDecl_Target(), "cannot threaten itself.");
	}

	@Check
	public void checkAnnexation(Annexation a) {
		pair(a, a.getAnnexer(), a.getAnnexed(), P.getAnnexation_Annexed(), "cannot annex itself.");
	}

	@Check
	public void checkPeace(Peace p) {
		pair(p, p.getLeft(), p.getRight(), P.getPeace_Right(), "cannot make peace with itself.");
	}

	@Check
	public void checkAttack(Attack a) {
		List<StateDecl> targets = a.getTargets();
		for (int i = 0; i < targets.size(); i++) {
			if (targets.get(i) == a.getAttacker() && name(a.getAttacker()) != null) {
				error(a.getAttacker().getName() + " cannot attack itself.", a, P.getAttack_Targets(), i, SELF_REFERENCE,
						kv("name", a.getAttacker().getName()));
			}
		}
		duplicates(a, P.getAttack_Targets(), DUPLICATE_REFERENCE, " is attacked twice in one event.");
		checkAlly(a);
	}

	/**
	 * {@code alongside ALLY}: the ally is neither the attacker nor a target; and some earlier event should put
	 * it at war, else the engine opens a new war (docs/semantics.md §1, "Attacks alongside").
	 */
	private void checkAlly(Attack a) {
		String ally = name(a.getAlly());
		String attacker = name(a.getAttacker());
		if (ally == null || attacker == null) {
			return;
		}
		if (a.getAlly() == a.getAttacker()) {
			error(ally + " cannot attack alongside itself.", a, P.getAttack_Ally(), ALLY_IS_ATTACKER, kv("name", ally));
		} else if (a.getTargets().contains(a.getAlly())) {
			error(attacker + " cannot attack " + ally + " alongside " + ally + ".", a, P.getAttack_Ally(), ALLY_IS_TARGET,
					kv("attacker", attacker), kv("ally", ally));
		} else if (a.eContainer() instanceof org.entente.entente.Event event && event.eContainer() instanceof Model model
				&& !atWarBefore(a.getAlly(), event, model)) {
			warning("Unless " + ally + " has joined a war by " + event.getYear() + ", this attack opens a new war: no earlier event puts "
					+ ally + " at war.", a, P.getAttack_Ally(), ALLY_NOT_AT_WAR, kv("ally", ally), kv("year", event.getYear()));
		}
	}

	/** Whether an event of an earlier year, or earlier in the file in the same year, has the state attack or be attacked. */
	private static boolean atWarBefore(StateDecl state, org.entente.entente.Event event, Model model) {
		boolean earlierInFile = true;
		for (Element element : model.getElements()) {
			if (element == event) {
				earlierInFile = false;
			} else if (element instanceof org.entente.entente.Event e && e.getAction() instanceof Attack x
					&& (e.getYear() < event.getYear() || (e.getYear() == event.getYear() && earlierInFile))
					&& (x.getAttacker() == state || x.getTargets().contains(state))) {
				return true;
			}
		}
		return false;
	}

	@Check
	public void checkExpectationPairs(Condition condition) {
		EReference state;
		EReference other;
		String what;
		if (condition instanceof BalancesAgainst) {
			state = P.getBalancesAgainst_State(); other = P.getBalancesAgainst_Other(); what = "cannot balance against itself.";
		} else if (condition instanceof BandwagonsWith) {
			state = P.getBandwagonsWith_State(); other = P.getBandwagonsWith_Other(); what = "cannot bandwagon with itself.";
		} else if (condition instanceof SoftBalancesAgainst) {
			state = P.getSoftBalancesAgainst_State(); other = P.getSoftBalancesAgainst_Other(); what = "cannot soft-balance against itself.";
		} else if (condition instanceof AtWarWith) {
			state = P.getAtWarWith_State(); other = P.getAtWarWith_Other(); what = "cannot be at war with itself.";
		} else if (condition instanceof AlliedWith) {
			state = P.getAlliedWith_State(); other = P.getAlliedWith_Other(); what = "cannot be allied with itself.";
		} else {
			return;
		}
		pair(condition, (EObject) condition.eGet(state), (EObject) condition.eGet(other), other, what);
	}

	private void pair(EObject owner, EObject left, EObject right, EReference rightFeature, String what) {
		String name = name(left);
		if (name != null && left == right) {
			error(name + " " + what, owner, rightFeature, SELF_REFERENCE, kv("name", name));
		}
	}

	/** The declaration, event or expectation that contains the element. */
	static EObject topLevel(EObject e) {
		EObject current = e;
		while (current.eContainer() != null && !(current.eContainer() instanceof Model)) {
			current = current.eContainer();
		}
		return current;
	}

	// ------------------------------------------------------------------ parties

	@Check
	public void checkAlliance(Alliance a) {
		duplicates(a, P.getAlliance_Members(), DUPLICATE_MEMBER, " is listed twice among the members of " + a.getName() + ".");
		Set<StateDecl> parties = new LinkedHashSet<>(a.getMembers());
		parties.remove(null);
		parties.addAll(CommitmentCalendar.of(a.eResource()).joiners(a));
		tooFew(a, parties, P.getTreaty_Name());
		againstOwnParty(a, parties);
	}

	@Check
	public void checkGuarantee(Guarantee g) {
		duplicates(g, P.getGuarantee_Guarantors(), DUPLICATE_MEMBER, " is listed twice among the guarantors of " + g.getName() + ".");
		duplicates(g, P.getGuarantee_Recipients(), DUPLICATE_MEMBER, " is listed twice among the recipients of " + g.getName() + ".");
		Set<StateDecl> guarantors = new HashSet<>(g.getGuarantors());
		boolean overlap = false;
		List<StateDecl> recipients = g.getRecipients();
		for (int i = 0; i < recipients.size(); i++) {
			StateDecl r = recipients.get(i);
			if (name(r) != null && guarantors.contains(r)) {
				overlap = true;
				error(r.getName() + " cannot guarantee itself: it is both a guarantor and a recipient of " + g.getName() + ".",
						g, P.getGuarantee_Recipients(), i, GUARANTOR_IS_RECIPIENT, kv("state", r.getName()),
						kv("treaty", g.getName()), kv("from", removableSide(g)));
			}
		}
		Set<StateDecl> parties = new LinkedHashSet<>(g.getGuarantors());
		parties.addAll(CommitmentCalendar.of(g.eResource()).joiners(g));
		parties.addAll(recipients);
		parties.remove(null);
		if (g.getGuarantors().isEmpty() || recipients.isEmpty()) {
			String missing = g.getGuarantors().isEmpty() ? "no guarantor ('by')" : "no recipient ('to')";
			error("The guarantee " + g.getName() + " has " + missing + "; a guarantee needs both.", g, P.getTreaty_Name(),
					TOO_FEW_PARTIES, kv("treaty", g.getName()), kv("parties", names(parties)));
		} else if (!overlap) {
			tooFew(g, parties, P.getTreaty_Name());
		}
		againstOwnParty(g, parties);
	}

	/**
	 * Which list loses a state that both guarantees and receives: the recipients while others remain
	 * there, else the guarantors while others remain there; with one of each, no removal leaves a
	 * valid guarantee (empty: no fix is offered).
	 */
	private static String removableSide(Guarantee g) {
		if (g.getRecipients().size() > 1) {
			return "recipients";
		}
		return g.getGuarantors().size() > 1 ? "guarantors" : "";
	}

	@Check
	public void checkOrganization(Organization o) {
		duplicates(o, P.getOrganization_Members(), DUPLICATE_MEMBER, " is listed twice among the members of " + o.getName() + ".");
	}

	@Check
	public void checkClauseTargets(Clause c) {
		EReference targets = targetsFeature(c);
		if (targets != null) {
			duplicates(c, targets, DUPLICATE_REFERENCE, " is named twice in one clause.");
		}
	}

	@Check
	public void checkLandscape(LandscapeSplit split) {
		duplicates(split, P.getLandscapeSplit_SideA(), DUPLICATE_REFERENCE, " is listed twice on one side.");
		duplicates(split, P.getLandscapeSplit_SideB(), DUPLICATE_REFERENCE, " is listed twice on one side.");
		Set<StateDecl> a = new HashSet<>(split.getSideA());
		List<StateDecl> b = split.getSideB();
		for (int i = 0; i < b.size(); i++) {
			if (name(b.get(i)) != null && a.contains(b.get(i))) {
				error(b.get(i).getName() + " cannot be on both sides of a landscape split.", split, P.getLandscapeSplit_SideB(), i,
						LANDSCAPE_BOTH_SIDES, kv("name", b.get(i).getName()));
			}
		}
	}

	static EReference targetsFeature(Clause c) {
		if (c instanceof DefenseClause) return P.getDefenseClause_Targets();
		if (c instanceof OffenseClause) return P.getOffenseClause_Targets();
		if (c instanceof NeutralityClause) return P.getNeutralityClause_Targets();
		if (c instanceof SanctionsClause) return P.getSanctionsClause_Targets();
		return null;
	}

	private void tooFew(Treaty t, Set<StateDecl> parties, EStructuralFeature at) {
		if (parties.size() < 2) {
			String who = parties.isEmpty() ? "no party" : "only one party (" + names(parties) + ")";
			error("The treaty " + t.getName() + " has " + who + "; a treaty needs at least two distinct parties.", t, at,
					TOO_FEW_PARTIES, kv("treaty", t.getName()), kv("parties", names(parties)));
		}
	}

	private void againstOwnParty(Treaty t, Set<StateDecl> parties) {
		for (Clause c : t.getClauses()) {
			EReference feature = targetsFeature(c);
			if (feature == null) {
				continue;
			}
			@SuppressWarnings("unchecked")
			List<StateDecl> targets = (List<StateDecl>) c.eGet(feature);
			for (int i = 0; i < targets.size(); i++) {
				StateDecl target = targets.get(i);
				if (name(target) != null && parties.contains(target)) {
					error("A clause of " + t.getName() + " cannot be against " + target.getName()
							+ ", a party of the same treaty.", c, feature, i, AGAINST_OWN_PARTY, kv("state", target.getName()),
							kv("treaty", t.getName()));
				}
			}
		}
	}

	/** Reports every repeat of a name in a reference list, on the repeat. */
	private void duplicates(EObject owner, EReference feature, String code, String what) {
		@SuppressWarnings("unchecked")
		List<EObject> items = (List<EObject>) owner.eGet(feature);
		Set<EObject> seen = new HashSet<>();
		for (int i = 0; i < items.size(); i++) {
			EObject item = items.get(i);
			if (name(item) == null) {
				continue;
			}
			if (!seen.add(item)) {
				warning(name(item) + what, owner, feature, i, code, kv("name", name(item)));
			}
		}
	}

	static String names(Set<StateDecl> states) {
		StringBuilder out = new StringBuilder();
		for (StateDecl s : states) {
			if (s.getName() != null) {
				out.append(out.length() == 0 ? "" : ",").append(s.getName());
			}
		}
		return out.toString();
	}
}
