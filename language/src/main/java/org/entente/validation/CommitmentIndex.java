package org.entente.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.entente.entente.Clause;
import org.entente.entente.DefenseClause;
import org.entente.entente.Guarantee;
import org.entente.entente.NeutralityClause;
import org.entente.entente.NonaggressionClause;
import org.entente.entente.OffenseClause;
import org.entente.entente.StateDecl;
import org.entente.entente.Treaty;
import org.entente.validation.CommitmentCalendar.Segment;

/**
 * The hash indexes the cross-treaty rules of {@link CommitmentValidator} look pledges and ties up in,
 * built once per file from each treaty's segments ({@link CommitmentCalendar}). Ties between all parties
 * of a treaty (nonaggression, neutrality, alliance) are stored per party ({@link Ties}); a party's
 * ties by partner are built when a rule first asks about that party. Who owes a treaty's pledges and
 * whom they protect is the engine's answer ({@code org.entente.engine.model.Treaty#pledgers}).
 */
final class CommitmentIndex {

	/** A party's obligation from one clause in one segment: pledger defends beneficiary against target. */
	record Pledge(Segment seg, Clause clause, String pledger, String beneficiary, String target, int index) {
	}

	/** A relation between two parties from one clause in one segment (nonaggression, neutrality, alliance). */
	record Tie(Segment seg, Clause clause, boolean conditional) {
		Tie(Segment seg, Clause clause) {
			this(seg, clause, false);
		}
	}

	/**
	 * Ties between two sides of a segment, looked up by a pair of states. Equivalent to one list per
	 * ordered pair (a from the left side, b from the right, a != b) holding the ties in the order they
	 * were added. Stored once per left-side state; the per-pair lists of a state are built the first time
	 * the state is looked up, in one pass over its ties, so a lookup never scans (docs/performance.md).
	 */
	static final class Ties {
		/** A tie and the distinct states on its right side. */
		private record Entry(Tie tie, List<String> right) {
		}

		private final Map<String, List<Entry>> byLeft = new HashMap<>();
		private final Map<String, Map<String, List<Tie>>> byPair = new HashMap<>();

		void add(List<String> left, List<String> right, Tie tie) {
			// a state written twice is one partner: the distinct states, in the order first written
			Entry entry = new Entry(tie, new ArrayList<>(new LinkedHashSet<>(right)));
			for (String a : left) {
				byLeft.computeIfAbsent(a, k -> new ArrayList<>()).add(entry);
			}
			byPair.clear();
		}

		/** The ties between a and b, in the order they were added. */
		List<Tie> between(String a, String b) {
			if (a.equals(b) || !byLeft.containsKey(a)) {
				return List.of();
			}
			return byPair.computeIfAbsent(a, this::pairsOf).getOrDefault(b, List.of());
		}

		/** The ties of a by partner, each list in the order the ties were added. */
		private Map<String, List<Tie>> pairsOf(String a) {
			Map<String, List<Tie>> out = new HashMap<>();
			for (Entry e : byLeft.get(a)) {
				for (String b : e.right()) {
					out.computeIfAbsent(b, k -> new ArrayList<>(2)).add(e.tie());
				}
			}
			return out;
		}
	}

	/** Defense pledges by pledger|beneficiary|target. */
	final Map<String, List<Pledge>> defends = new HashMap<>();
	/** Defense pledges by pledger|target. */
	final Map<String, List<Pledge>> defendsAgainst = new HashMap<>();
	final List<Pledge> offenses = new ArrayList<>();
	final Ties nonaggression = new Ties();
	final Ties neutrality = new Ties();
	final Ties allied = new Ties();
	/** Clauses by parties and clause kind, to find a clause repeated between the same parties. */
	final Map<String, List<Tie>> sameClause = new HashMap<>();

	private CommitmentIndex() {
	}

	/** The defense pledges, each against its target, in index order. */
	List<Pledge> defendsAgainst() {
		List<Pledge> out = new ArrayList<>();
		defendsAgainst.values().forEach(out::addAll);
		return out;
	}

	static CommitmentIndex build(CommitmentCalendar cal) {
		CommitmentIndex index = new CommitmentIndex();
		index.add(cal);
		return index;
	}

	private void add(CommitmentCalendar cal) {

		for (Treaty t : cal.treaties()) {
			List<String> clauseKeys = new ArrayList<>();
			for (Clause c : t.getClauses()) {
				clauseKeys.add(clauseKey(c));
			}
			for (Segment seg : cal.segments(t)) {
				List<String> pledgers = pledgers(cal, seg);
				List<String> beneficiaries = beneficiaries(cal, seg);
				String partyKey = partyKey(seg, pledgers, beneficiaries);
				boolean hasAlliance = false;
				List<Clause> clauses = t.getClauses();
				for (int ci = 0; ci < clauses.size(); ci++) {
					Clause c = clauses.get(ci);
					sameClause.computeIfAbsent(partyKey + "|" + clauseKeys.get(ci), k -> new ArrayList<>()).add(new Tie(seg, c));
					if (c instanceof DefenseClause || c instanceof OffenseClause) {
						hasAlliance = true;
					}
					if (c instanceof NonaggressionClause) {
						nonaggression.add(seg.parties(), seg.parties(), new Tie(seg, c));
					} else if (c instanceof NeutralityClause) {
						neutrality.add(seg.parties(), seg.parties(), new Tie(seg, c));
					} else if (c instanceof DefenseClause d) {
						List<StateDecl> targets = d.getTargets();
						for (int i = 0; i < targets.size(); i++) {
							String target = name(targets.get(i));
							if (target == null || seg.parties().contains(target)) {
								continue;
							}
							for (String z : pledgers) {
								Pledge against = new Pledge(seg, c, z, null, target, i);
								defendsAgainst.computeIfAbsent(z + "|" + target, k -> new ArrayList<>()).add(against);
								for (String b : beneficiaries) {
									if (!b.equals(z) && !b.equals(target)) {
										defends.computeIfAbsent(z + "|" + b + "|" + target, k -> new ArrayList<>())
												.add(new Pledge(seg, c, z, b, target, i));
									}
								}
							}
						}
					} else if (c instanceof OffenseClause o) {
						List<StateDecl> targets = o.getTargets();
						for (int i = 0; i < targets.size(); i++) {
							String target = name(targets.get(i));
							if (target != null && !seg.parties().contains(target)) {
								for (String z : pledgers) {
									offenses.add(new Pledge(seg, c, z, null, target, i));
								}
							}
						}
					}
				}
				if (hasAlliance) {
					Tie tie = new Tie(seg, null, onlyConditional(t));
					if (t instanceof Guarantee) {
						allied.add(pledgers, seg.parties(), tie);
						allied.add(beneficiaries, pledgers, tie);
					} else {
						allied.add(seg.parties(), seg.parties(), tie);
					}
				}
			}
		}
	}

	/** The parties that owe the treaty's pledges in the segment: the engine's answer ({@code Treaty.pledgers}). */
	static List<String> pledgers(CommitmentCalendar cal, Segment seg) {
		return cal.engineTreaty(seg.treaty()).pledgers(seg.parties());
	}

	/** The parties the treaty's pledges protect in the segment: the engine's answer ({@code Treaty.beneficiaries}). */
	static List<String> beneficiaries(CommitmentCalendar cal, Segment seg) {
		return cal.engineTreaty(seg.treaty()).beneficiaries(seg.parties());
	}

	private static String partyKey(Segment seg, List<String> pledgers, List<String> beneficiaries) {
		if (seg.treaty() instanceof Guarantee) {
			return "by " + new TreeSet<>(pledgers) + " to " + new TreeSet<>(beneficiaries);
		}
		return "members " + new TreeSet<>(seg.parties());
	}

	private static String clauseKey(Clause c) {
		StringBuilder key = new StringBuilder(c.eClass().getName());
		var feature = StructureValidator.targetsFeature(c);
		if (feature != null) {
			TreeSet<String> names = new TreeSet<>();
			for (Object o : (List<?>) c.eGet(feature)) {
				names.add(String.valueOf(name((EObject) o)));
			}
			key.append(' ').append(names);
		}
		if (c instanceof DefenseClause d) {
			key.append(" in ").append(d.getRegion() == null ? "" : name(d.getRegion())).append(d.isUnlessProvoked() ? " unless" : "");
		}
		return key.toString();
	}

	/** A treaty whose only alliance clauses are defense {@code unless provoked}: a collective-security pledge. */
	private static boolean onlyConditional(Treaty t) {
		for (Clause c : t.getClauses()) {
			if (c instanceof OffenseClause || (c instanceof DefenseClause d && !d.isUnlessProvoked())) {
				return false;
			}
		}
		return true;
	}

	private static String name(EObject element) {
		return EntenteCheckBase.name(element);
	}
}
