package org.entente.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.OnChangeEvictingCache;
import org.entente.engine.model.TreatyKind;
import org.entente.engine.treaty.TreatyCalendar;
import org.entente.entente.Alliance;
import org.entente.entente.Element;
import org.entente.entente.Event;
import org.entente.entente.Guarantee;
import org.entente.entente.Joining;
import org.entente.entente.Leaving;
import org.entente.entente.Model;
import org.entente.entente.ScenarioHeader;
import org.entente.entente.StateDecl;
import org.entente.entente.Treaty;
import org.entente.interpreter.ScenarioTranslator;

/**
 * The validator's view of the treaty calendar of one file. A thin adapter: it turns AST treaties and
 * {@code joins}/{@code leaves} events into engine values and asks {@link TreatyCalendar} which treaty
 * is in force and who its parties are. It never decides that itself; it only chooses the years to ask
 * about (the years where the answer can change: the scenario start, {@code signed}, {@code expires}
 * and the years of membership events), so that each treaty becomes a few {@link Segment}s of years
 * with constant parties. The AST-to-engine mapping is {@link ScenarioTranslator}'s.
 */
public final class CommitmentCalendar {

	/** "Since the start" / "for ever" when the file has no {@code from..to}. */
	public static final int START = Integer.MIN_VALUE / 4;
	public static final int END = Integer.MAX_VALUE / 4;

	private static final OnChangeEvictingCache CACHE = new OnChangeEvictingCache();

	/** Years {@code from..to} (inclusive) in which {@code treaty} is in force with these parties. */
	public record Segment(Treaty treaty, int from, int to, List<String> parties) {
		public boolean overlaps(Segment other) {
			return Math.max(from, other.from) <= Math.min(to, other.to);
		}

		public int overlapStart(Segment other) {
			return Math.max(from, other.from);
		}
	}

	private final int first;
	private final int last;
	private final List<Treaty> treaties = new ArrayList<>();
	private final List<Event> events = new ArrayList<>();
	private final Map<Treaty, List<Event>> membershipEvents = new IdentityHashMap<>();
	// made lazily, and shared by the commitment rules on a second core and the per-element rules
	// (CommitmentValidator.onSecondCore): concurrent maps; an AST element is equal only to itself
	private final Map<Treaty, org.entente.engine.model.Treaty> engineTreaties = new ConcurrentHashMap<>();
	private final Map<Event, org.entente.engine.model.Event> engineEvents = new ConcurrentHashMap<>();
	private final Map<Treaty, List<Segment>> segments = new ConcurrentHashMap<>();
	private final Map<Event, Integer> order = new IdentityHashMap<>();
	private Map<String, List<Segment>> byState;

	public static CommitmentCalendar of(Resource resource) {
		if (resource == null || resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
			return new CommitmentCalendar(null);
		}
		return CACHE.get(CommitmentCalendar.class, resource, () -> new CommitmentCalendar(model));
	}

	private CommitmentCalendar(Model model) {
		int from = START;
		int to = END;
		if (model != null) {
			ScenarioHeader header = model.getHeader();
			if (header != null && header.getFromYear() != null && header.getToYear() != null) {
				from = Math.min(header.getFromYear(), header.getToYear());
				to = Math.max(header.getFromYear(), header.getToYear());
			}
			for (Element e : model.getElements()) {
				if (e instanceof Treaty t && t.getName() != null) {
					treaties.add(t);
				} else if (e instanceof Event ev) {
					order.put(ev, events.size());
					events.add(ev);
					Treaty t = membershipTreaty(ev);
					if (t != null && !t.eIsProxy() && t.getName() != null && stateName(ev) != null) {
						membershipEvents.computeIfAbsent(t, k -> new ArrayList<>()).add(ev);
					}
				}
			}
		}
		// the engine applies membership events turn by turn, in file order within a year
		for (List<Event> list : membershipEvents.values()) {
			list.sort(java.util.Comparator.comparingInt(Event::getYear));
		}
		this.first = from;
		this.last = to;
	}

	public int first() {
		return first;
	}

	public int last() {
		return last;
	}

	/** The treaties declared in the file, in file order. */
	public List<Treaty> treaties() {
		return treaties;
	}

	/** The events of the file, in file order. */
	public List<Event> events() {
		return events;
	}

	/** States that join {@code treaty} by an event of this file. */
	public Set<StateDecl> joiners(Treaty treaty) {
		Set<StateDecl> out = new LinkedHashSet<>();
		for (Event e : membershipEvents.getOrDefault(treaty, List.of())) {
			if (e.getAction() instanceof Joining j && j.getState() != null && !j.getState().eIsProxy()) {
				out.add(j.getState());
			}
		}
		return out;
	}

	/** Whether the treaty is in force in {@code year} by its dates (engine rule). */
	public boolean inForce(Treaty treaty, int year) {
		return TreatyCalendar.inForce(engineTreaty(treaty), year);
	}

	/**
	 * The parties of {@code treaty} just before {@code event} happens: after the membership events
	 * of earlier years and the earlier events of the same year (engine rule).
	 */
	public List<String> partiesBefore(Treaty treaty, Event event) {
		int year = event.getYear();
		int position = order.getOrDefault(event, Integer.MAX_VALUE);
		List<org.entente.engine.model.Event> before = new ArrayList<>();
		for (Event e : membershipEvents.getOrDefault(treaty, List.of())) {
			int y = e.getYear();
			if (y < year || (y == year && order.getOrDefault(e, Integer.MAX_VALUE) < position)) {
				before.add(engineEvent(e));
			}
		}
		return TreatyCalendar.members(engineTreaty(treaty), before, year);
	}

	/** The years the treaty is in force, split where its parties change. */
	public List<Segment> segments(Treaty treaty) {
		return segments.computeIfAbsent(treaty, this::computeSegments);
	}

	/** Every segment a state is a party of, over all treaties of the file (the per-state index). */
	public synchronized Map<String, List<Segment>> byState() {
		if (byState == null) {
			byState = new HashMap<>();
			for (Treaty t : treaties) {
				for (Segment s : segments(t)) {
					for (String party : s.parties()) {
						byState.computeIfAbsent(party, k -> new ArrayList<>()).add(s);
					}
				}
			}
		}
		return byState;
	}

	private List<Segment> computeSegments(Treaty treaty) {
		org.entente.engine.model.Treaty t = engineTreaty(treaty);
		List<org.entente.engine.model.Event> memberships = new ArrayList<>();
		TreeSet<Integer> years = new TreeSet<>();
		years.add(first);
		if (t.signed() != null) years.add(t.signed());
		if (t.expires() != null) years.add(t.expires());
		for (Event e : membershipEvents.getOrDefault(treaty, List.of())) {
			memberships.add(engineEvent(e));
			years.add(e.getYear());
		}
		List<Integer> critical = new ArrayList<>(years.subSet(first, true, last, true));
		List<Segment> out = new ArrayList<>();
		for (int i = 0; i < critical.size(); i++) {
			int from = critical.get(i);
			int to = i + 1 < critical.size() ? critical.get(i + 1) - 1 : last;
			if (!TreatyCalendar.inForce(t, from)) {
				continue;
			}
			List<String> parties = TreatyCalendar.members(t, memberships, from);
			Segment previous = out.isEmpty() ? null : out.get(out.size() - 1);
			if (previous != null && previous.to() == from - 1 && previous.parties().equals(parties)) {
				out.set(out.size() - 1, new Segment(treaty, previous.from(), to, parties));
			} else {
				out.add(new Segment(treaty, from, to, parties));
			}
		}
		return Collections.unmodifiableList(out);
	}

	// ------------------------------------------------------------------ AST -> engine values

	org.entente.engine.model.Treaty engineTreaty(Treaty treaty) {
		return engineTreaties.computeIfAbsent(treaty, CommitmentCalendar::toEngine);
	}

	private static org.entente.engine.model.Treaty toEngine(Treaty treaty) {
		return ScenarioTranslator.translateTreaty(treaty);
	}

	private org.entente.engine.model.Event engineEvent(Event e) {
		return engineEvents.computeIfAbsent(e, ev -> ScenarioTranslator.translateEvent(ev).orElseThrow());
	}

	static Treaty membershipTreaty(Event e) {
		if (e.getAction() instanceof Joining j) return j.getTreaty();
		if (e.getAction() instanceof Leaving l) return l.getTreaty();
		return null;
	}

	private static String stateName(Event e) {
		StateDecl s = null;
		if (e.getAction() instanceof Joining j) s = j.getState();
		if (e.getAction() instanceof Leaving l) s = l.getState();
		return s == null || s.eIsProxy() ? null : s.getName();
	}
}
