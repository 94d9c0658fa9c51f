package org.entente.interpreter;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.entente.engine.expect.Condition;
import org.entente.engine.model.ActorKind;
import org.entente.engine.model.Intent;
import org.entente.engine.model.Polarity;
import org.entente.engine.model.Scenario;
import org.entente.engine.model.ScenarioBuilder;
import org.entente.engine.model.Settings;
import org.entente.engine.model.ThreatLevel;
import org.entente.engine.model.TreatyBuilder;
import org.entente.engine.model.TreatyKind;
import org.entente.engine.model.TreatyStatus;
import org.entente.entente.*;

/**
 * Turns a parsed scenario into the engine's model: the one bridge between the language and the
 * semantics. Used by {@code entente run}, the generator's differential test and the language server.
 *
 * <p>A scenario is its own file plus the files of its workspace that have no scenario header
 * (libraries, e.g. shared treaties), plus any declaration it names from another file.
 */
public class ScenarioTranslator {

	public Scenario translate(Model model) {
		ScenarioHeader header = model.getHeader();
		ScenarioBuilder builder = Scenario.builder(header != null && header.getName() != null ? header.getName() : "Scenario");
		if (header != null) {
			header(header, builder);
		}
		for (EObject element : elementsOf(model)) {
			element(element, builder);
		}
		return builder.build();
	}

	/** The model's own elements, then libraries' elements, then declarations named from elsewhere. */
	static List<EObject> elementsOf(Model model) {
		Set<EObject> result = new LinkedHashSet<>(model.getElements());
		Resource own = model.eResource();
		if (own != null && own.getResourceSet() != null) {
			List<Resource> others = new ArrayList<>(own.getResourceSet().getResources());
			others.sort((a, b) -> a.getURI().toString().compareTo(b.getURI().toString()));
			for (Resource other : others) {
				if (other != own && !other.getContents().isEmpty() && other.getContents().get(0) instanceof Model library
						&& library.getHeader() == null) {
					result.addAll(library.getElements());
				}
			}
		}
		for (EObject element : new ArrayList<>(result)) {
			addReferencedDeclarations(element, result);
		}
		return new ArrayList<>(result);
	}

	private static void addReferencedDeclarations(EObject element, Set<EObject> result) {
		for (EObject object : EcoreUtil2.eAllContents(element)) {
			addReferenced(object, result);
		}
		addReferenced(element, result);
	}

	private static void addReferenced(EObject object, Set<EObject> result) {
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (reference.isContainment()) {
				continue;
			}
			Object value = object.eGet(reference, false);
			List<?> values = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
			for (Object target : values) {
				if (target instanceof EObject declaration && !declaration.eIsProxy()
						&& declaration.eContainer() instanceof Model && result.add(declaration)) {
					addReferencedDeclarations(declaration, result);
				}
			}
		}
	}

	private static void header(ScenarioHeader header, ScenarioBuilder builder) {
		builder.title(header.getTitle());
		if (header.getFromYear() != null && header.getToYear() != null) {
			builder.years(header.getFromYear(), header.getToYear());
		}
		if (header.getStep() != null) {
			builder.step(header.getStep());
		}
		if (header.getSeed() != null) {
			builder.seed(header.getSeed());
		}
	}

	private void element(EObject element, ScenarioBuilder b) {
		if (element instanceof org.entente.entente.Settings s) {
			b.settings(settings(s));
		} else if (element instanceof org.entente.entente.Ideology i) {
			b.ideologyNamed(i.getName(), i.getTitle(), names(i.getOpposes()));
		} else if (element instanceof org.entente.entente.Region r) {
			b.region(r.getName(), r.getTitle());
		} else if (element instanceof StateDecl s) {
			state(s, b);
		} else if (element instanceof org.entente.entente.Organization o) {
			b.organization(o.getName(), o.getTitle(), names(o.getMembers()));
		} else if (element instanceof org.entente.entente.Actor a) {
			actor(a, b);
		} else if (element instanceof org.entente.entente.Dispute d) {
			b.dispute(name(d.getLeft()), name(d.getRight()), d.getTitle());
		} else if (element instanceof org.entente.entente.Rivalry r) {
			b.rivalry(name(r.getLeft()), name(r.getRight()));
		} else if (element instanceof org.entente.entente.Propensity p) {
			b.propensity(name(p.getLeft()), name(p.getRight()), value(p.getValue(), 0));
		} else if (element instanceof ThreatDecl t) {
			threat(t, b);
		} else if (element instanceof Treaty t) {
			treaty(t, b);
		} else if (element instanceof org.entente.entente.Event e) {
			EventTranslation.event(e).ifPresent(b::event);
		} else if (element instanceof Expectation e) {
			b.expect(expectation(e));
		}
	}

	static Settings settings(org.entente.entente.Settings s) {
		Settings result = Settings.defaults();
		Weights w = s.getWeights();
		if (w != null) {
			result = result.withWeights(value(w.getPower(), result.powerWeight()), value(w.getProximity(), result.proximityWeight()),
					value(w.getOffensive(), result.offensiveWeight()), value(w.getIntent(), result.intentWeight()));
		}
		if (s.getThreatFloor() != null) {
			result = result.withThreatFloor(s.getThreatFloor());
		}
		if (s.getGreatPower() != null) {
			result = result.withGreatPower(s.getGreatPower() / 100.0);
		}
		if (s.getArmsGrowth() != null) {
			result = result.withArmsGrowth(s.getArmsGrowth() / 100.0);
		}
		if (s.getLapseAfter() != null) {
			result = result.withLapseAfter(s.getLapseAfter());
		}
		if (s.getPoleShare() != null) {
			result = result.withPoleShare(s.getPoleShare() / 100.0);
		}
		if (s.getDecision() != null) {
			result = result.withDecision(DecisionSettingValues.weights(s.getDecision()));
		}
		return result;
	}

	private static void state(StateDecl s, ScenarioBuilder b) {
		b.state(s.getName(), st -> {
			st.fullName(s.getTitle());
			if (s.getMilitary() != null) st.military(s.getMilitary());
			if (s.getEconomy() != null) st.economy(s.getEconomy());
			if (s.getPopulation() != null) st.population(s.getPopulation());
			if (s.getOffensive() != null) st.offensive(s.getOffensive());
			if (s.getIntent() != null) {
				if (s.getIntent().getWord() != null) {
					st.intent(Intent.ofKeyword(s.getIntent().getWord()));
				} else if (s.getIntent().getValue() != null) {
					st.intent(s.getIntent().getValue());
				}
			}
			if (s.getIdeology() != null) st.ideology(name(s.getIdeology()));
			if (s.getRegion() != null) st.region(name(s.getRegion()));
			if (!s.getBorders().isEmpty()) st.borders(names(s.getBorders()));
			if (s.getStability() != null) st.stability(s.getStability());
			if (s.getSize() != null) st.size(s.getSize());
			if (s.getDoctrine() != null) {
				if (s.getDoctrine().getWord() != null) {
					st.doctrine("offensive".equals(s.getDoctrine().getWord()) ? 1.0 : 0.0);
				} else if (s.getDoctrine().getValue() != null) {
					st.doctrine(s.getDoctrine().getValue());
				}
			}
			if (s.isDeclaredGreat()) st.greatPower();
			if (s.getSince() != null) st.since(s.getSince());
		});
	}

	private static void actor(org.entente.entente.Actor a, ScenarioBuilder b) {
		b.actor(a.getName(), ab -> {
			ab.fullName(a.getTitle());
			ab.kind(switch (a.getKind()) {
				case NGO -> ActorKind.NGO;
				case CORPORATION -> ActorKind.CORPORATION;
				case ARMED_GROUP -> ActorKind.ARMED_GROUP;
			});
			if (a.getTarget() != null) ab.targets(name(a.getTarget()));
			if (a.getStrength() != null) ab.strength(a.getStrength());
			if (a.getSponsor() != null) ab.sponsor(name(a.getSponsor()));
		});
	}

	private static void threat(ThreatDecl t, ScenarioBuilder b) {
		org.entente.entente.ThreatLevel level = t.getLevel();
		if (level == null) {
			return;
		}
		if (level.getWord() != null) {
			b.declaredThreat(name(t.getSource()), name(t.getTarget()), ThreatLevel.valueOf(level.getWord().toUpperCase(Locale.ROOT)));
		} else if (level.getValue() != null) {
			b.declaredThreat(name(t.getSource()), name(t.getTarget()), level.getValue());
		}
	}

	private static void treaty(Treaty t, ScenarioBuilder b) {
		b.treaty(t.getName(), kind(t), tb -> fill(t, tb));
	}

	/** One treaty on its own, for the validator's calendar: the same mapping as in a whole scenario. */
	public static org.entente.engine.model.Treaty translateTreaty(Treaty t) {
		return org.entente.engine.model.Treaty.of(t.getName() == null ? "?" : t.getName(), kind(t), tb -> fill(t, tb));
	}

	/** One event on its own, for the validator's calendar; empty when the line is incomplete. */
	public static java.util.Optional<org.entente.engine.model.Event> translateEvent(org.entente.entente.Event e) {
		return EventTranslation.event(e);
	}

	private static TreatyKind kind(Treaty t) {
		return t instanceof Alliance a ? switch (a.getKind()) {
			case ALLIANCE -> TreatyKind.ALLIANCE;
			case PACT -> TreatyKind.PACT;
			case ENTENTE -> TreatyKind.ENTENTE;
		} : TreatyKind.GUARANTEE;
	}

	private static void fill(Treaty t, TreatyBuilder tb) {
		tb.fullName(t.getTitle());
		if (t instanceof Alliance a) {
			tb.members(names(a.getMembers()));
		} else if (t instanceof Guarantee g) {
			tb.guarantors(names(g.getGuarantors())).recipients(names(g.getRecipients()));
		}
		if (t.getSigned() != null) tb.signed(t.getSigned());
		if (t.getExpires() != null) tb.expires(t.getExpires());
		tb.durable(t.isDurable());
		if (t.getReliability() != null) tb.reliability(t.getReliability());
		t.getClauses().forEach(c -> clause(c, tb));
	}

	private static void clause(org.entente.entente.Clause c, TreatyBuilder tb) {
		if (c instanceof DefenseClause d) {
			tb.defense(cb -> {
				cb.against(names(d.getTargets()));
				if (d.getRegion() != null) cb.in(name(d.getRegion()));
				if (d.isUnlessProvoked()) cb.unlessProvoked();
				if (d.getForces() != null) cb.forces(d.getForces() / 100.0);
			});
		} else if (c instanceof OffenseClause o) {
			tb.offense(cb -> {
				cb.against(names(o.getTargets()));
				if (o.getForces() != null) cb.forces(o.getForces() / 100.0);
			});
		} else if (c instanceof NeutralityClause n) {
			tb.neutrality(names(n.getTargets()));
		} else if (c instanceof NonaggressionClause) {
			tb.nonaggression();
		} else if (c instanceof ConsultationClause) {
			tb.consultation();
		} else if (c instanceof SanctionsClause s) {
			tb.sanctions(names(s.getTargets()));
		}
	}

	static org.entente.engine.expect.Expectation expectation(Expectation e) {
		Condition condition = condition(e.getCondition());
		org.entente.engine.expect.Expectation result;
		if (e.getYear() == null) {
			result = org.entente.engine.expect.Expectation.atEnd(condition);
		} else if (e.getTiming() == Timing.BY) {
			result = org.entente.engine.expect.Expectation.byYear(e.getYear(), condition);
		} else {
			result = org.entente.engine.expect.Expectation.inYear(e.getYear(), condition);
		}
		return e.isNegated() ? result.negate() : result;
	}

	static Condition condition(org.entente.entente.Condition c) {
		if (c instanceof BalancesAgainst x) return Condition.balances(name(x.getState()), name(x.getOther()));
		if (c instanceof BandwagonsWith x) return Condition.bandwagons(name(x.getState()), name(x.getOther()));
		if (c instanceof BuckPasses x) return Condition.buckPasses(name(x.getState()));
		if (c instanceof SoftBalancesAgainst x) return Condition.softBalances(name(x.getState()), name(x.getOther()));
		if (c instanceof Omnibalances x) return Condition.omnibalances(name(x.getState()));
		if (c instanceof IsSecure x) return Condition.secure(name(x.getState()));
		if (c instanceof AtWarWith x) return Condition.atWar(name(x.getState()), name(x.getOther()));
		if (c instanceof AlliedWith x) return Condition.allied(name(x.getState()), name(x.getOther()));
		if (c instanceof org.entente.entente.TreatyStatus x) return Condition.treaty(name(x.getTreaty()), treatyStatus(x.getStatus()));
		if (c instanceof PolarityIs x) {
			Polarity polarity = Polarity.valueOf(x.getPolarity().toUpperCase(Locale.ROOT));
			return x.isBlocs() ? Condition.blocPolarity(polarity) : Condition.polarity(polarity);
		}
		if (c instanceof LandscapeSplit x) return Condition.landscape(List.of(names(x.getSideA())), List.of(names(x.getSideB())));
		throw new IllegalArgumentException("Unknown condition " + c);
	}

	private static TreatyStatus treatyStatus(String word) {
		return switch (word.replaceAll("\\s+", " ")) {
			case "in force" -> TreatyStatus.IN_FORCE;
			case "lapsed" -> TreatyStatus.LAPSED;
			case "breached" -> TreatyStatus.BREACHED;
			default -> TreatyStatus.EXPIRED;
		};
	}

	private static double value(Double value, double fallback) {
		return value == null ? fallback : value;
	}

	/** The declared name, or the text written at the reference if it does not resolve. */
	static String name(EObject declaration) {
		if (declaration == null) {
			return "?";
		}
		if (!declaration.eIsProxy()) {
			Object name = declaration.eGet(declaration.eClass().getEStructuralFeature("name"));
			if (name != null) {
				return name.toString();
			}
		}
		String fragment = org.eclipse.emf.ecore.util.EcoreUtil.getURI(declaration).fragment();
		return fragment == null ? "?" : fragment;
	}

	static String[] names(List<? extends EObject> declarations) {
		return declarations.stream().map(ScenarioTranslator::name).toArray(String[]::new);
	}
}
