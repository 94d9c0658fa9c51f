package org.entente.validation;

import static org.entente.validation.EntenteIssueCodes.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.FutureTask;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.FeatureBasedDiagnostic;
import org.eclipse.xtext.validation.RangeBasedDiagnostic;
import org.eclipse.xtext.validation.ValidationMessageAcceptor;
import org.entente.engine.treaty.LexPosterior;
import org.entente.entente.Alliance;
import org.entente.entente.Attack;
import org.entente.entente.Clause;
import org.entente.entente.DefenseClause;
import org.entente.entente.Event;
import org.entente.entente.Guarantee;
import org.entente.entente.Joining;
import org.entente.entente.Leaving;
import org.entente.entente.Model;
import org.entente.entente.OffenseClause;
import org.entente.entente.StateDecl;
import org.entente.entente.Treaty;
import org.entente.validation.CommitmentCalendar.Segment;
import org.entente.validation.CommitmentIndex.Pledge;
import org.entente.validation.CommitmentIndex.Tie;
import org.entente.validation.CommitmentIndex.Ties;

/**
 * Commitments: pledges that contradict each other in a year both treaties are in force, pledged
 * forces over 100%, membership events and attacks against the treaty calendar, chain-ganging risk.
 *
 * <p>Which treaty is in force and who its parties are in a year comes from the engine's
 * {@code TreatyCalendar} through {@link CommitmentCalendar}. The cross-treaty rules look pledges and
 * ties up in the hash indexes of {@link CommitmentIndex}.
 */
public class CommitmentValidator extends EntenteCheckBase {

	// ------------------------------------------------------------------ cross-treaty rules

	@Check
	public void checkCommitments(Model model) {
		CommitmentCalendar cal = CommitmentCalendar.of(model.eResource());
		if (onSecondCore(model)) {
			CheckType type = getCurrentMethod().getAnnotation(Check.class).value();
			FutureTask<DeferredDiagnostics.Outcome> task = new FutureTask<>(() -> commitmentsInto(cal, type));
			getChain().add(new DeferredDiagnostics(task));
			Thread thread = new Thread(task, "entente-commitment-rules");
			thread.setDaemon(true);
			thread.start();
			return;
		}
		commitments(cal);
	}

	/** Where the diagnostics of the commitment rules go on the thread that runs them for {@link #onSecondCore}. */
	private static final ThreadLocal<ValidationMessageAcceptor> DEFERRED = new ThreadLocal<>();

	@Override
	public ValidationMessageAcceptor getMessageAcceptor() {
		ValidationMessageAcceptor deferred = DEFERRED.get();
		return deferred != null ? deferred : super.getMessageAcceptor();
	}

	/**
	 * Whether the cross-treaty rules may run on a second core while the other rules run here: only when
	 * the caller turns their deferred diagnostics into issues ({@link EntenteResourceValidator}), the file
	 * is alone in its resource set and has no syntax or linking error (every reference resolved, so that
	 * neither thread changes the model or the resource set while the other reads it), and there is a
	 * second core. The per-element rules that run here meanwhile share the calendar, whose lazily made
	 * parts are thread-safe; everything else the rules read, the model and the node model, they only read.
	 */
	private static boolean onSecondCore(Model model) {
		var resource = model.eResource();
		return EntenteResourceValidator.expandsDeferred() && resource != null && resource.getResourceSet() != null
				&& resource.getResourceSet().getResources().size() == 1 && resource.getErrors().isEmpty()
				&& Runtime.getRuntime().availableProcessors() > 1;
	}

	/** The cross-treaty rules on the calling thread, their diagnostics collected in order (see {@link DeferredDiagnostics}). */
	private DeferredDiagnostics.Outcome commitmentsInto(CommitmentCalendar cal, CheckType type) {
		CollectingAcceptor collected = new CollectingAcceptor(type);
		DEFERRED.set(collected);
		RuntimeException failure = null;
		try {
			commitments(cal);
		} catch (Throwable t) {
			try {
				handleExceptionDuringValidation(t); // as when the rule runs in place: some exceptions are ignored
			} catch (RuntimeException e) {
				failure = e;
			}
		} finally {
			DEFERRED.remove();
		}
		return new DeferredDiagnostics.Outcome(collected.diagnostics, failure);
	}

	/** The diagnostics Xtext's validator would add to its chain (AbstractDeclarativeValidator.createDiagnostic), in a list. */
	private static final class CollectingAcceptor implements ValidationMessageAcceptor {
		private final List<Diagnostic> diagnostics = new ArrayList<>();
		private final CheckType type;

		CollectingAcceptor(CheckType type) {
			this.type = type;
		}

		@Override
		public void acceptError(String message, EObject object, EStructuralFeature feature, int index, String code, String... data) {
			diagnostics.add(new FeatureBasedDiagnostic(Diagnostic.ERROR, message, object, feature, index, type, code, data));
		}

		@Override
		public void acceptWarning(String message, EObject object, EStructuralFeature feature, int index, String code, String... data) {
			diagnostics.add(new FeatureBasedDiagnostic(Diagnostic.WARNING, message, object, feature, index, type, code, data));
		}

		@Override
		public void acceptInfo(String message, EObject object, EStructuralFeature feature, int index, String code, String... data) {
			diagnostics.add(new FeatureBasedDiagnostic(Diagnostic.INFO, message, object, feature, index, type, code, data));
		}

		@Override
		public void acceptError(String message, EObject object, int offset, int length, String code, String... data) {
			diagnostics.add(new RangeBasedDiagnostic(Diagnostic.ERROR, message, object, offset, length, type, code, data) {
			}); // its constructor is protected
		}

		@Override
		public void acceptWarning(String message, EObject object, int offset, int length, String code, String... data) {
			diagnostics.add(new RangeBasedDiagnostic(Diagnostic.WARNING, message, object, offset, length, type, code, data) {
			}); // its constructor is protected
		}

		@Override
		public void acceptInfo(String message, EObject object, int offset, int length, String code, String... data) {
			diagnostics.add(new RangeBasedDiagnostic(Diagnostic.INFO, message, object, offset, length, type, code, data) {
			}); // its constructor is protected
		}
	}

	private void commitments(CommitmentCalendar cal) {
		CommitmentIndex index = CommitmentIndex.build(cal);
		Set<List<Object>> reported = new HashSet<>();
		Chronology order = new Chronology();
		conflictingDefense(index.defends, order, reported);
		offenseAgainstPartner(index.offenses, index.nonaggression, reported);
		neutralityConflicts(index.defendsAgainst(), index.neutrality, reported);
		defenseAgainstAlly(index.defendsAgainst(), index.allied, reported);
		forces(cal, order, reported);
		duplicateClauses(index.sameClause, order, reported);
	}

	private void conflictingDefense(Map<String, List<Pledge>> defends, Chronology order, Set<List<Object>> reported) {
		for (List<Pledge> list : defends.values()) {
			// every pledge of a list has the same pledger, beneficiary and target: one lookup per list
			Pledge first = list.get(0);
			List<Pledge> opposite = defends.get(first.pledger() + "|" + first.target() + "|" + first.beneficiary());
			if (opposite == null) {
				continue;
			}
			for (Pledge p : list) {
				for (Pledge q : opposite) {
					if (!p.seg().overlaps(q.seg()) || (provoked(p.clause()) && provoked(q.clause()))) {
						continue;
					}
					Pledge later = order.later(p.clause(), q.clause()) ? p : q;
					Pledge earlier = later == p ? q : p;
					if (!reported.add(List.of(CONFLICTING_DEFENSE, later.clause(), later.index(), later.pledger()))) {
						continue;
					}
					reported.add(List.of(DEFENSE_AGAINST_ALLY, later.pledger(), Set.of(p.seg().treaty(), q.seg().treaty())));
					int year = p.seg().overlapStart(q.seg());
					error(later.pledger() + " cannot defend " + earlier.beneficiary() + " against " + earlier.target() + " ("
							+ ref(earlier.seg()) + ") and " + later.beneficiary() + " against " + later.target() + " ("
							+ ref(later.seg()) + ")" + when(year) + ".", later.clause(), targets(later.clause()), later.index(),
							CONFLICTING_DEFENSE, kv("state", later.pledger()), kv("defended", later.beneficiary()),
							kv("against", later.target()), kv("treaty", treaty(later.seg())), kv("otherTreaty", treaty(earlier.seg())),
							kv("year", yearText(year)));
				}
			}
		}
	}

	/** What a pledge-against-tie rule says once it found one: the pledge, the tie, the first year of both. */
	private interface PledgeAgainstTie {
		void report(Pledge p, Tie tie, int year);
	}

	/**
	 * The one loop of the three pledge-against-tie rules: every pledge against a target the pledger is
	 * tied to in a year both are in force, unless exempt, reported once per clause, target and pledger.
	 */
	private static void pledgesAgainstTies(List<Pledge> pledges, Ties ties, String code, Set<List<Object>> reported,
			java.util.function.BiPredicate<Pledge, Tie> exempt, PledgeAgainstTie rule) {
		for (Pledge p : pledges) {
			// once reported, every further tie of this clause, target and pledger is skipped: skip the lookup
			if (reported.contains(List.of(code, p.clause(), p.index(), p.pledger()))) {
				continue;
			}
			for (Tie tie : ties.between(p.pledger(), p.target())) {
				if (!p.seg().overlaps(tie.seg()) || exempt.test(p, tie)
						|| !reported.add(List.of(code, p.clause(), p.index(), p.pledger()))) {
					continue;
				}
				rule.report(p, tie, p.seg().overlapStart(tie.seg()));
			}
		}
	}

	private void offenseAgainstPartner(List<Pledge> offenses, Ties nonaggression, Set<List<Object>> reported) {
		pledgesAgainstTies(offenses, nonaggression, OFFENSE_AGAINST_NONAGGRESSION_PARTNER, reported, (p, tie) -> false,
				(p, tie, year) -> warning(p.pledger() + " pledges offense against " + p.target() + " (" + ref(p.seg())
						+ ") but has a nonaggression treaty with " + p.target() + " (" + ref(tie.seg()) + ")" + when(year)
						+ "; if they collide, the more recent treaty wins and the other is breached.",
						p.clause(), targets(p.clause()), p.index(), OFFENSE_AGAINST_NONAGGRESSION_PARTNER, kv("state", p.pledger()),
						kv("target", p.target()), kv("treaty", treaty(p.seg())), kv("otherTreaty", treaty(tie.seg())),
						kv("year", yearText(year))));
	}

	private void neutralityConflicts(List<Pledge> defendsAgainst, Ties neutrality, Set<List<Object>> reported) {
		pledgesAgainstTies(defendsAgainst, neutrality, NEUTRALITY_DEFENSE_CONFLICT, reported, (p, tie) -> false,
				(p, tie, year) -> warning(p.pledger() + " promises neutrality to " + p.target() + " (" + ref(tie.seg())
						+ ") but pledges to defend against " + p.target() + " (" + ref(p.seg()) + ")" + when(year)
						+ "; if they collide, the more recent treaty wins and the other is breached.",
						p.clause(), targets(p.clause()), p.index(), NEUTRALITY_DEFENSE_CONFLICT, kv("state", p.pledger()),
						kv("partner", p.target()), kv("treaty", treaty(p.seg())), kv("otherTreaty", treaty(tie.seg())),
						kv("year", yearText(year))));
	}

	private void defenseAgainstAlly(List<Pledge> defendsAgainst, Ties allied, Set<List<Object>> reported) {
		pledgesAgainstTies(defendsAgainst, allied, DEFENSE_AGAINST_ALLY, reported,
				(p, tie) -> tie.seg().treaty() == p.seg().treaty() || tie.conditional()
						|| reported.contains(List.of(DEFENSE_AGAINST_ALLY, p.pledger(), Set.of(p.seg().treaty(), tie.seg().treaty()))),
				// a warning, not an error: real treaty networks contain it (docs/validation.md); the engine
				// honours the pledge a war triggers first, and entering against a partner breaches the treaty
				(p, tie, year) -> warning(p.pledger() + " pledges defense against " + p.target() + " (" + ref(p.seg())
						+ ") while allied with " + p.target() + " (" + ref(tie.seg()) + ")" + when(year)
						+ "; the engine honours whichever of the two a war triggers first, and " + p.pledger()
						+ " entering against a treaty partner breaches the treaty with it.", p.clause(),
						targets(p.clause()), p.index(), DEFENSE_AGAINST_ALLY, kv("state", p.pledger()), kv("ally", p.target()),
						kv("treaty", treaty(p.seg())), kv("otherTreaty", treaty(tie.seg())), kv("year", yearText(year))));
	}

	/** Per state, a sweep over the years of its segments that pledge forces. */
	private void forces(CommitmentCalendar cal, Chronology order, Set<List<Object>> reported) {
		for (Map.Entry<String, List<Segment>> entry : cal.byState().entrySet()) {
			String state = entry.getKey();
			List<Segment> pledging = new ArrayList<>();
			for (Segment seg : entry.getValue()) {
				if (forcesOf(seg.treaty()) > 0 && CommitmentIndex.pledgers(cal, seg).contains(state)) {
					pledging.add(seg);
				}
			}
			if (pledging.size() < 2) {
				continue; // one treaty alone is checked by forces-out-of-range
			}
			pledging.sort(Comparator.comparingInt(Segment::from).thenComparingInt(s -> order.offset(s.treaty())));
			PriorityQueue<Segment> active = new PriorityQueue<>(Comparator.comparingInt(Segment::to));
			double total = 0;
			for (int i = 0; i < pledging.size(); i++) {
				Segment seg = pledging.get(i);
				while (!active.isEmpty() && active.peek().to() < seg.from()) {
					total -= forcesOf(active.poll().treaty());
				}
				active.add(seg);
				total += forcesOf(seg.treaty());
				boolean lastOfYear = i + 1 == pledging.size() || pledging.get(i + 1).from() != seg.from();
				if (!lastOfYear || total <= 100 + 1e-9) {
					continue;
				}
				Clause at = forcesClause(seg.treaty());
				if (!reported.add(List.of(FORCES_OVERCOMMITTED, at, state))) {
					continue;
				}
				List<Segment> contributors = new ArrayList<>(active);
				contributors.sort(Comparator.comparingInt(Segment::from).thenComparingInt(s -> order.offset(s.treaty())));
				StringBuilder parts = new StringBuilder();
				StringBuilder names = new StringBuilder();
				for (Segment c : contributors) {
					parts.append(parts.length() == 0 ? "" : ", ").append(c.treaty().getName()).append(' ')
							.append(fmt(forcesOf(c.treaty()))).append('%');
					names.append(names.length() == 0 ? "" : ",").append(c.treaty().getName());
				}
				error(state + " pledges " + fmt(total) + "% of its forces" + when(seg.from()) + ": " + parts
						+ "; the pledges in force at the same time must total at most 100%.", at, forcesFeature(at),
						FORCES_OVERCOMMITTED, kv("state", state), kv("year", yearText(seg.from())), kv("total", fmt(total)),
						kv("treaties", names));
			}
		}
	}

	private void duplicateClauses(Map<String, List<Tie>> sameClause, Chronology order, Set<List<Object>> reported) {
		for (List<Tie> ties : sameClause.values()) {
			if (ties.size() < 2) {
				continue;
			}
			for (int i = 0; i < ties.size(); i++) {
				for (int j = i + 1; j < ties.size(); j++) {
					Tie a = ties.get(i);
					Tie b = ties.get(j);
					if (a.clause() == b.clause() || !a.seg().overlaps(b.seg())
							|| reported.contains(List.of(DUPLICATE_CLAUSE, a.clause()))
									&& reported.contains(List.of(DUPLICATE_CLAUSE, b.clause()))) {
						continue; // both already reported: whichever is later, nothing more is said
					}
					Tie later = order.later(a.clause(), b.clause()) ? a : b;
					Tie earlier = later == a ? b : a;
					if (!reported.add(List.of(DUPLICATE_CLAUSE, later.clause()))) {
						continue;
					}
					int year = a.seg().overlapStart(b.seg());
					String where = earlier.seg().treaty() == later.seg().treaty() ? "earlier in " + treaty(later.seg())
							: "in " + ref(earlier.seg());
					warning("This " + keyword(later.clause()) + " clause of " + treaty(later.seg()) + " repeats one " + where
							+ " between the same parties (" + String.join(", ", later.seg().parties()) + ")" + when(year) + ".",
							later.clause(), null, DUPLICATE_CLAUSE, kv("treaty", treaty(later.seg())),
							kv("otherTreaty", treaty(earlier.seg())), kv("year", yearText(year)));
				}
			}
		}
	}

	// ------------------------------------------------------------------ per-element rules

	@Check
	public void checkMembershipEvent(Event e) {
		StateDecl state;
		Treaty treaty;
		boolean joins;
		if (e.getAction() instanceof Joining j) {
			state = j.getState();
			treaty = j.getTreaty();
			joins = true;
		} else if (e.getAction() instanceof Leaving l) {
			state = l.getState();
			treaty = l.getTreaty();
			joins = false;
		} else {
			return;
		}
		String s = name(state);
		String t = name(treaty);
		if (s == null || t == null) {
			return;
		}
		CommitmentCalendar cal = CommitmentCalendar.of(e.eResource());
		int year = e.getYear();
		String verb = joins ? "join" : "leave";
		EObject action = e.getAction();
		var treatyRef = joins ? P.getJoining_Treaty() : P.getLeaving_Treaty();
		if (!cal.inForce(treaty, year)) {
			var et = cal.engineTreaty(treaty);
			String why = et.signed() != null && year < et.signed() ? "it is signed only in " + et.signed()
					: "it expired in " + et.expires();
			error(s + " cannot " + verb + " " + t + " in " + year + ": the treaty is not in force that year (" + why + ").", action,
					treatyRef, TREATY_NOT_IN_FORCE, kv("state", s), kv("treaty", t), kv("year", year),
					kv("signed", et.signed() == null ? "" : et.signed()), kv("expires", et.expires() == null ? "" : et.expires()));
			return;
		}
		boolean party = cal.partiesBefore(treaty, e).contains(s);
		if (joins && party) {
			error(s + " cannot join " + t + " in " + year + ": it is already a party.", action, treatyRef, ALREADY_A_PARTY,
					kv("state", s), kv("treaty", t), kv("year", year));
		} else if (!joins && !party) {
			error(s + " cannot leave " + t + " in " + year + ": it is not a party that year.", action, treatyRef, NOT_A_PARTY,
					kv("state", s), kv("treaty", t), kv("year", year));
		}
	}

	@Check
	public void checkAttack(Attack attack) {
		if (!(attack.eContainer() instanceof Event e)) {
			return;
		}
		String a = name(attack.getAttacker());
		if (a == null) {
			return;
		}
		CommitmentCalendar cal = CommitmentCalendar.of(attack.eResource());
		int year = e.getYear();
		Set<Treaty> candidates = new LinkedHashSet<>();
		// the segment of the year, or of the year before (a state leaving later in the year of the attack)
		for (Segment seg : cal.byState().getOrDefault(a, List.of())) {
			if (seg.from() <= year && year <= seg.to() + 1) {
				candidates.add(seg.treaty());
			}
		}
		List<StateDecl> targets = attack.getTargets();
		for (int i = 0; i < targets.size(); i++) {
			String b = name(targets.get(i));
			if (b == null || b.equals(a)) {
				continue;
			}
			for (Treaty t : candidates) {
				String kinds = bindingClauses(cal, t);
				if (kinds.isEmpty() || !cal.inForce(t, year)) {
					continue;
				}
				List<String> parties = cal.partiesBefore(t, e);
				if (parties.contains(a) && parties.contains(b)) {
					warning(a + "'s attack on " + b + " in " + year + " breaches " + t.getName() + " (" + kinds
							+ "), which binds them both.", attack, P.getAttack_Targets(), i, ATTACK_BREACHES_TREATY,
							kv("attacker", a), kv("target", b), kv("treaty", t.getName()), kv("year", year));
				}
			}
		}
	}

	@Check
	public void checkChainGanging(DefenseClause clause) {
		if (clause.isUnlessProvoked() || !(clause.eContainer() instanceof Treaty t)) {
			return;
		}
		Set<StateDecl> covered = new LinkedHashSet<>();
		Set<StateDecl> parties = new LinkedHashSet<>();
		if (t instanceof Alliance a) {
			covered.addAll(a.getMembers());
			covered.addAll(CommitmentCalendar.of(t.eResource()).joiners(t));
			parties.addAll(covered);
		} else if (t instanceof Guarantee g) {
			covered.addAll(g.getRecipients());
			parties.addAll(g.getGuarantors());
			parties.addAll(covered);
		}
		List<String> risky = new ArrayList<>();
		for (StateDecl s : covered) {
			if (name(s) != null && aggressive(s)) {
				risky.add(s.getName() + " (" + intentWord(s) + ")");
			}
		}
		parties.removeIf(s -> name(s) == null);
		if (risky.isEmpty() || parties.size() < 2) {
			return;
		}
		List<String> names = new ArrayList<>();
		for (StateDecl s : covered) {
			if (name(s) != null && aggressive(s)) {
				names.add(s.getName());
			}
		}
		warning(t.getName() + " pledges unconditional defense of " + String.join(" and ", risky)
				+ ": its partners are drawn in even when " + (names.size() == 1 ? "that ally starts" : "those allies start")
				+ " the war (chain-ganging risk). Add 'unless provoked' to defend them only when attacked.", clause, null,
				CHAIN_GANGING_RISK, kv("treaty", t.getName()), kv("allies", String.join(",", names)));
	}

	// ------------------------------------------------------------------ helpers

	private static String keyword(Clause c) {
		String n = c.eClass().getName();
		return n.substring(0, n.length() - "Clause".length()).toLowerCase(java.util.Locale.ROOT);
	}

	/** The clauses an attack between two parties of t breaches, by the engine's rule ({@code Treaty.restraints}). */
	private static String bindingClauses(CommitmentCalendar cal, Treaty t) {
		List<String> kinds = new ArrayList<>();
		for (org.entente.engine.model.ClauseType type : cal.engineTreaty(t).restraints()) {
			kinds.add(type.name().toLowerCase(java.util.Locale.ROOT));
		}
		return String.join(", ", kinds);
	}

	private static boolean provoked(Clause c) {
		return c instanceof DefenseClause d && d.isUnlessProvoked();
	}

	private static double forcesOf(Treaty t) {
		double sum = 0;
		for (Clause c : t.getClauses()) {
			Double f = c instanceof DefenseClause d ? d.getForces() : c instanceof OffenseClause o ? o.getForces() : null;
			if (f != null && f > 0) {
				sum += f;
			}
		}
		return sum;
	}

	private static Clause forcesClause(Treaty t) {
		Clause last = null;
		for (Clause c : t.getClauses()) {
			if ((c instanceof DefenseClause d && d.getForces() != null) || (c instanceof OffenseClause o && o.getForces() != null)) {
				last = c;
			}
		}
		return last;
	}

	private static org.eclipse.emf.ecore.EStructuralFeature forcesFeature(Clause c) {
		return c instanceof OffenseClause ? P.getOffenseClause_Forces() : P.getDefenseClause_Forces();
	}

	private static org.eclipse.emf.ecore.EReference targets(Clause c) {
		return StructureValidator.targetsFeature(c);
	}

	/**
	 * Which of two clauses was made later, by the engine's rule ({@link LexPosterior}), with each
	 * treaty's date and each element's offset in the file looked up once per check: the cross-treaty
	 * rules compare the same clauses many times on a large file.
	 */
	private static final class Chronology {
		private final Map<Treaty, Integer> dates = new IdentityHashMap<>();
		private final Map<EObject, Integer> offsets = new IdentityHashMap<>();

		/** Whether clause a was made after clause b. */
		boolean later(Clause a, Clause b) {
			return LexPosterior.later(date((Treaty) a.eContainer()), offset(a), date((Treaty) b.eContainer()), offset(b));
		}

		int date(Treaty t) {
			return dates.computeIfAbsent(t, k -> LexPosterior.date(k.getSigned()));
		}

		int offset(EObject e) {
			return offsets.computeIfAbsent(e, CommitmentValidator::offset);
		}
	}

	private static int offset(EObject e) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(e);
		return node == null ? 0 : node.getOffset();
	}

	private static String treaty(Segment seg) {
		return seg.treaty().getName();
	}

	/** "BetaDelta, 1930" (the signed year) or "BetaDelta". */
	private static String ref(Segment seg) {
		Treaty t = seg.treaty();
		return t.getSigned() != null ? t.getName() + ", " + t.getSigned() : t.getName();
	}

	private static String when(int year) {
		return year <= CommitmentCalendar.START ? "" : " in " + year;
	}

	private static String yearText(int year) {
		return year <= CommitmentCalendar.START ? "" : Integer.toString(year);
	}

	/** The engine's rule ({@link org.entente.engine.model.Intent#isAggressive}) on the intent as written, word or number. */
	static boolean aggressive(StateDecl s) {
		if (s.getIntent() == null) {
			return false;
		}
		// the grammar's Intent (word or number) meets the engine's Intent here
		Double value = s.getIntent().getWord() != null
				? org.entente.engine.model.Intent.ofKeyword(s.getIntent().getWord()).value() : s.getIntent().getValue();
		return value != null && org.entente.engine.model.Intent.isAggressive(value);
	}

	private static String intentWord(StateDecl s) {
		return s.getIntent().getWord() != null ? s.getIntent().getWord() : "intent " + fmt(s.getIntent().getValue());
	}
}
