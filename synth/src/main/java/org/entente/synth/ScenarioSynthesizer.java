package org.entente.synth;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.entente.engine.trace.Fmt;

/**
 * Writes a synthetic but realistic scenario as Entente text, deterministically from a seed: the
 * input of {@code entente synth}, the scale benchmarks and the robustness tests.
 *
 * <p>Shape of the output (see docs/performance.md, "Scale"):
 * <ul>
 * <li>states at random points of a unit square; borders join each state to its nearest neighbours
 * (a random geometric graph, symmetric, degree ≤ 6, declared on both sides);</li>
 * <li>regions: a grid over the square; ideologies: spatially clustered, one per <em>camp</em>;</li>
 * <li>capabilities log-normal, plus a few great powers (about log2 N, at least 3) sized to hold
 * 8–20 % of each capability, spread over the camps;</li>
 * <li>treaty sizes like ATOP's (about 65 % bilateral, 28 % 3–6 parties, the rest up to 25), members
 * drawn from the border neighbourhood within one camp; clause mix like ATOP (defense most common,
 * then consultation, nonaggression, neutrality, some offense; some {@code unless provoked},
 * {@code against} targets in other camps); signed mostly before the run, some during it;</li>
 * <li>attacks across camps, arms, joins, leaves, peace, and expectations that hold;</li>
 * <li>with {@code entrants} P &gt; 0, each state with probability P enters the state system late:
 * {@code since Y}, Y uniform over the run's second to last year (docs/semantics.md §1, "Entry").</li>
 * </ul>
 *
 * <p>Validity by construction: every treaty binds states of one camp and names only states of other
 * camps in {@code against}, so no state is pledged against an ally, a nonaggression partner or a
 * state it promised neutrality; {@code forces} stay within 100 % per state over all treaties; joins
 * and leaves name treaties in force that year; events and expectations lie within the run and name
 * no state before its entry.
 */
public final class ScenarioSynthesizer {

	/**
	 * What to generate. {@code turns} one-year turns starting at {@code firstYear}; {@code entrants}, the
	 * probability that a state enters the state system during the run (0: every state is there from the start).
	 */
	public record Options(int states, int treaties, long seed, int turns, int firstYear, double entrants) {
		public Options {
			if (states < 2) {
				throw new IllegalArgumentException("a scenario needs at least 2 states, not " + states);
			}
			if (treaties < 0) {
				throw new IllegalArgumentException("the number of treaties cannot be negative: " + treaties);
			}
			if (turns < 1) {
				throw new IllegalArgumentException("a run needs at least 1 turn, not " + turns);
			}
			if (turns > org.entente.engine.model.Limits.MAX_TURNS) {
				// the file must check without errors (docs/validation.md, scenario-too-long)
				throw new IllegalArgumentException("a run has at most " + org.entente.engine.model.Limits.MAX_TURNS
						+ " turns, not " + turns);
			}
			if (!(entrants >= 0 && entrants <= 1)) {
				throw new IllegalArgumentException("the share of entrants is a probability from 0 to 1, not " + entrants);
			}
		}

		/** Every state in the system from the start. */
		public Options(int states, int treaties, long seed, int turns, int firstYear) {
			this(states, treaties, seed, turns, firstYear, 0);
		}

		public static Options of(int states, int treaties, long seed) {
			return new Options(states, treaties, seed, 100, 1900);
		}

		public Options withTurns(int value) {
			return new Options(states, treaties, seed, value, firstYear, entrants);
		}

		public Options withEntrants(double probability) {
			return new Options(states, treaties, seed, turns, firstYear, probability);
		}
	}

	private static final String[] IDEOLOGIES = { "Liberalism", "Autocracy", "Socialism", "Theocracy" };
	private static final String[] SYLLABLES = { "ba", "be", "bo", "da", "de", "do", "ga", "ka", "ke", "ko", "la", "le",
			"li", "lo", "ma", "me", "mo", "na", "ne", "no", "ra", "re", "ri", "ro", "sa", "se", "so", "ta", "te", "to",
			"va", "ve", "vo", "za", "ze", "zi", "mar", "tan", "vel", "dor", "kan", "ser", "lin", "gar", "bor", "nis" };
	private static final String[] SUFFIXES = { "ia", "land", "stan", "ora", "ar", "en", "ica", "ium", "ova", "and" };

	private final Options options;
	private final SplittableRandom random;
	private final StringBuilder out = new StringBuilder(1 << 16);
	private final Set<String> usedNames = new HashSet<>();

	// the world
	private int n;
	private int camps;
	private String[] names;
	private double[] x, y;
	private int[][] borders;
	private int[] region;
	private int[] camp;
	private List<List<Integer>> campMembers;
	private boolean[] great;
	private String[] regionNames;
	private int[] forcesLeft;
	private int from, to;
	/** The year each state enters the state system: {@code from} for all but the entrants. */
	private int[] entry;

	// treaties, for events and expectations
	private final List<TreatyInfo> treaties = new ArrayList<>();

	private static final class TreatyInfo {
		String name;
		int camp;
		boolean guarantee;
		List<Integer> parties = new ArrayList<>();
		Integer signed;
		Integer expires;
		boolean durable;
		boolean defense;
		boolean forces;
		boolean protectedFromLeaving;

		boolean inForce(int year) {
			return (signed == null || signed <= year) && (expires == null || expires > year);
		}
	}

	private ScenarioSynthesizer(Options options) {
		this.options = options;
		this.random = new SplittableRandom(options.seed());
	}

	/** The scenario text for these options; the same options always give the same text. */
	public static String generate(Options options) {
		return new ScenarioSynthesizer(options).write();
	}

	public static String generate(int states, int treaties, long seed) {
		return generate(Options.of(states, treaties, seed));
	}

	private String write() {
		n = options.states();
		from = options.firstYear();
		to = from + options.turns() - 1;
		camps = Math.max(1, Math.min(IDEOLOGIES.length, n / 4));
		usedNames.addAll(Arrays.asList(IDEOLOGIES).subList(0, camps));
		placeStates();
		header();
		ideologies();
		regions();
		states();
		organizations();
		actors();
		relations();
		treaties();
		events();
		return out.toString();
	}

	// ---------------------------------------------------------------- the world

	private void placeStates() {
		x = new double[n];
		y = new double[n];
		for (int i = 0; i < n; i++) {
			x[i] = random.nextDouble();
			y[i] = random.nextDouble();
		}
		names = new String[n];
		for (int i = 0; i < n; i++) {
			names[i] = uniqueName(SUFFIXES[random.nextInt(SUFFIXES.length)]);
		}
		borders = nearestNeighbourGraph();
		int side = Math.max(1, (int) Math.round(Math.sqrt(n / 25.0)));
		regionNames = new String[side * side];
		for (int r = 0; r < regionNames.length; r++) {
			regionNames[r] = uniqueName("") + "Region";
		}
		region = new int[n];
		for (int i = 0; i < n; i++) {
			region[i] = Math.min(side - 1, (int) (x[i] * side)) * side + Math.min(side - 1, (int) (y[i] * side));
		}
		// camps (= ideologies) cluster in space: the nearest of a few centres, with some noise
		int centres = camps * 3;
		double[] cx = new double[centres], cy = new double[centres];
		for (int c = 0; c < centres; c++) {
			cx[c] = random.nextDouble();
			cy[c] = random.nextDouble();
		}
		camp = new int[n];
		for (int i = 0; i < n; i++) {
			int best = 0;
			double bestD = Double.MAX_VALUE;
			for (int c = 0; c < centres; c++) {
				double d = sq(x[i] - cx[c]) + sq(y[i] - cy[c]);
				if (d < bestD) {
					bestD = d;
					best = c;
				}
			}
			camp[i] = random.nextDouble() < 0.85 ? best % camps : random.nextInt(camps);
		}
		// great powers: about log2 n, spread over the camps
		great = new boolean[n];
		int greatCount = Math.min(n / 2, Math.max(3, (int) Math.round(Math.log(n) / Math.log(2) / 1.5)));
		for (int g = 0, placed = 0; placed < greatCount && g < 10 * n; g++) {
			int i = random.nextInt(n);
			if (!great[i]) {
				great[i] = true;
				camp[i] = placed % camps;
				placed++;
			}
		}
		campMembers = new ArrayList<>();
		for (int c = 0; c < camps; c++) {
			campMembers.add(new ArrayList<>());
		}
		for (int i = 0; i < n; i++) {
			campMembers.get(camp[i]).add(i);
		}
		forcesLeft = new int[n];
		Arrays.fill(forcesLeft, 100);
		entry = new int[n];
		Arrays.fill(entry, from);
	}

	/** Each state to its 3 nearest (within the 3×3 grid cells around it), symmetric, degree ≤ 6. */
	private int[][] nearestNeighbourGraph() {
		int side = Math.max(1, (int) Math.sqrt(n / 6.0));
		List<List<Integer>> cells = new ArrayList<>();
		for (int c = 0; c < side * side; c++) {
			cells.add(new ArrayList<>());
		}
		for (int i = 0; i < n; i++) {
			cells.get(cell(x[i], side) * side + cell(y[i], side)).add(i);
		}
		List<Set<Integer>> adjacency = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			adjacency.add(new LinkedHashSet<>());
		}
		for (int i = 0; i < n; i++) {
			int cx = cell(x[i], side), cy = cell(y[i], side);
			List<Integer> candidates = new ArrayList<>();
			for (int dx = -1; dx <= 1; dx++) {
				for (int dy = -1; dy <= 1; dy++) {
					int a = cx + dx, b = cy + dy;
					if (a >= 0 && b >= 0 && a < side && b < side) {
						candidates.addAll(cells.get(a * side + b));
					}
				}
			}
			final int me = i;
			candidates.remove(Integer.valueOf(me));
			candidates.sort((p, q) -> Double.compare(sq(x[p] - x[me]) + sq(y[p] - y[me]), sq(x[q] - x[me]) + sq(y[q] - y[me])));
			int wanted = 2 + random.nextInt(3);
			double maxDistance = 2.5 / Math.sqrt(n); // no borders across the ocean
			for (int j : candidates) {
				if (wanted == 0) {
					break;
				}
				if (Math.sqrt(sq(x[j] - x[me]) + sq(y[j] - y[me])) > maxDistance) {
					break;
				}
				if (adjacency.get(me).size() < 6 && adjacency.get(j).size() < 6 && adjacency.get(me).add(j)) {
					adjacency.get(j).add(me);
				}
				wanted--;
			}
		}
		int[][] result = new int[n][];
		for (int i = 0; i < n; i++) {
			result[i] = adjacency.get(i).stream().mapToInt(Integer::intValue).sorted().toArray();
		}
		return result;
	}

	private static int cell(double v, int side) {
		return Math.min(side - 1, (int) (v * side));
	}

	// ---------------------------------------------------------------- declarations

	private void header() {
		line("// Synthetic scenario written by 'entente synth --states " + n + " --treaties " + options.treaties()
				+ " --seed " + options.seed() + (options.entrants() > 0 ? " --entrants " + Fmt.plain(options.entrants()) : "")
				+ "'.");
		line("scenario Synthetic \"" + n + " states, " + options.treaties() + " treaties, seed " + options.seed() + "\"");
		line("    from " + from + " to " + to + " seed " + Math.abs(options.seed() % 1_000_000_000L));
		line("");
	}

	private void ideologies() {
		for (int c = 0; c < camps; c++) {
			StringBuilder b = new StringBuilder("ideology ").append(IDEOLOGIES[c]);
			// a ring of oppositions: each ideology opposes the next one (declared once per pair)
			if (camps > 2 && c > 0) {
				b.append(" opposes ").append(IDEOLOGIES[c - 1]);
				if (c == camps - 1) {
					b.append(", ").append(IDEOLOGIES[0]);
				}
			} else if (camps == 2 && c == 1) {
				b.append(" opposes ").append(IDEOLOGIES[0]);
			}
			line(b.toString());
		}
		line("");
	}

	private void regions() {
		for (String r : regionNames) {
			line("region " + r);
		}
		line("");
	}

	private void states() {
		double[][] capability = new double[3][n];
		double[] sigma = { 1.3, 1.1, 1.2 };
		double[] mu = { -1.0, -0.5, 2.0 };
		for (int i = 0; i < n; i++) {
			double common = random.nextGaussian();
			for (int k = 0; k < 3; k++) {
				double z = 0.6 * common + 0.8 * random.nextGaussian();
				capability[k][i] = Math.exp(mu[k] + sigma[k] * z);
			}
		}
		// great powers: each holds 8–20 % of each capability, together at most 70 %
		int greatCount = 0;
		for (boolean g : great) {
			greatCount += g ? 1 : 0;
		}
		double top = Math.min(0.20, 0.70 / greatCount);
		for (int k = 0; k < 3; k++) {
			double minor = 0;
			for (int i = 0; i < n; i++) {
				minor += great[i] ? 0 : capability[k][i];
			}
			double[] shares = new double[n];
			double total = 0;
			for (int i = 0; i < n; i++) {
				if (great[i]) {
					shares[i] = top * (0.4 + 0.6 * random.nextDouble());
					total += shares[i];
				}
			}
			for (int i = 0; i < n; i++) {
				if (great[i]) {
					capability[k][i] = shares[i] / (1 - total) * minor;
				}
			}
		}
		for (int i = 0; i < n; i++) {
			line("state " + names[i] + " {");
			line("    military " + number(capability[0][i]) + " economy " + number(capability[1][i]) + " population "
					+ number(capability[2][i]));
			line("    offensive " + Fmt.fixed(0.2 + 0.6 * random.nextDouble(), 2));
			double roll = random.nextDouble();
			String intent = roll < 0.55 ? "status-quo" : roll < 0.75 ? "defensive" : roll < 0.90 ? "revisionist"
					: roll < 0.95 ? "aggressive" : Fmt.fixed(random.nextDouble(), 2);
			line("    intent " + intent);
			line("    ideology " + IDEOLOGIES[camp[i]]);
			line("    region " + regionNames[region[i]]);
			if (borders[i].length > 0) {
				line("    borders " + join(borders[i]));
			}
			if (random.nextDouble() < 0.4) {
				line("    stability " + Fmt.fixed(0.4 + 0.6 * random.nextDouble(), 2));
			}
			// no draw at all without entrants, so that those scenarios stay what they were
			if (options.entrants() > 0 && to > from && random.nextDouble() < options.entrants()) {
				entry[i] = from + 1 + random.nextInt(to - from);
				line("    since " + entry[i]);
			}
			line("}");
		}
		line("");
	}

	private void organizations() {
		int count = n / 40 + 1;
		for (int o = 0; o < count; o++) {
			int r = random.nextInt(regionNames.length);
			List<Integer> inRegion = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				if (region[i] == r) {
					inRegion.add(i);
				}
			}
			if (inRegion.size() < 2) {
				continue;
			}
			int size = Math.min(inRegion.size(), 3 + random.nextInt(10));
			List<Integer> members = sample(inRegion, size);
			line("organization " + uniqueName("") + "Council \"Council of " + regionNames[r] + "\" { members "
					+ join(members) + " }");
		}
		line("");
	}

	private void actors() {
		int count = n / 100 + 1;
		for (int a = 0; a < count; a++) {
			int target = random.nextInt(n);
			StringBuilder b = new StringBuilder("actor ").append(uniqueName("")).append("Front kind armed-group { targets ")
					.append(names[target]).append(" strength ").append(number(0.005 + 0.1 * random.nextDouble()));
			int sponsor = foreignNeighbour(target);
			if (sponsor >= 0 && random.nextBoolean()) {
				b.append(" sponsor ").append(names[sponsor]);
			}
			line(b.append(" }").toString());
		}
		line("");
	}

	private void relations() {
		for (int d = 0; d < n / 20 + 1; d++) {
			int a = random.nextInt(n);
			int b = foreignNeighbour(a);
			if (b >= 0) {
				line("dispute " + names[a] + ", " + names[b] + " \"border of " + names[a] + " and " + names[b] + "\"");
			}
		}
		List<Integer> greats = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			if (great[i]) {
				greats.add(i);
			}
		}
		for (int a = 0; a < greats.size(); a++) {
			for (int b = a + 1; b < greats.size(); b++) {
				if (camp[greats.get(a)] != camp[greats.get(b)] && random.nextDouble() < 0.3) {
					line("rivalry " + names[greats.get(a)] + ", " + names[greats.get(b)]);
				}
			}
		}
		for (int t = 0; t < n / 50 + 1; t++) {
			int a = random.nextInt(n);
			int b = foreignNeighbour(a);
			if (b >= 0) {
				String[] levels = { "low", "medium", "high" };
				line("threat " + names[a] + " -> " + names[b] + " " + levels[random.nextInt(3)]);
			}
		}
		line("");
	}

	// ---------------------------------------------------------------- treaties

	private void treaties() {
		for (int t = 0; t < options.treaties(); t++) {
			TreatyInfo info = new TreatyInfo();
			info.name = uniqueName("Accord");
			int seedState = random.nextInt(n);
			if (campMembers.get(camp[seedState]).size() < 2) {
				seedState = largestCamp().get(0);
			}
			info.camp = camp[seedState];
			List<Integer> campList = campMembers.get(info.camp);
			if (campList.size() < 2) {
				break; // no camp has two states: no treaty is possible
			}
			List<Integer> greatsOfCamp = campList.stream().filter(i -> great[i]).toList();
			info.guarantee = !greatsOfCamp.isEmpty() && random.nextDouble() < 0.06;
			calendar(info);
			if (info.guarantee) {
				guarantee(info, seedState, greatsOfCamp);
			} else {
				alliance(info, seedState, greatsOfCamp);
			}
			treaties.add(info);
		}
		line("");
	}

	private void calendar(TreatyInfo info) {
		double roll = random.nextDouble();
		if (roll < 0.05) {
			info.signed = null;
		} else if (roll < 0.75) {
			info.signed = from - 1 - random.nextInt(60);
		} else {
			info.signed = from + random.nextInt(to - from + 1);
		}
		if (random.nextDouble() < 0.12) {
			info.expires = (info.signed == null ? from : info.signed) + 5 + random.nextInt(36);
		} else if (random.nextDouble() < 0.12) {
			info.durable = true;
		}
	}

	private String calendarText(TreatyInfo info) {
		StringBuilder b = new StringBuilder();
		if (info.signed != null) {
			b.append("    signed ").append(info.signed).append('\n');
		}
		if (info.expires != null) {
			b.append("    expires ").append(info.expires).append('\n');
		}
		if (info.durable) {
			b.append("    durable\n");
		}
		return b.toString();
	}

	private void alliance(TreatyInfo info, int seedState, List<Integer> greatsOfCamp) {
		double roll = random.nextDouble();
		int size = roll < 0.65 ? 2 : roll < 0.93 ? 3 + random.nextInt(4) : 7 + random.nextInt(19);
		List<Integer> members = neighbourhood(seedState, size, greatsOfCamp);
		info.parties.addAll(members);
		StringBuilder clauses = new StringBuilder();
		boolean defense = random.nextDouble() < 0.62;
		boolean offense = random.nextDouble() < 0.08;
		boolean neutrality = random.nextDouble() < 0.25;
		boolean nonaggression = random.nextDouble() < 0.35;
		boolean consultation = random.nextDouble() < 0.45;
		if (!(defense || offense || neutrality || nonaggression || consultation)) {
			consultation = true;
		}
		if (defense) {
			clauses.append("    ").append(defenseClause(members, seedState, info)).append('\n');
			info.defense = true;
		}
		if (offense) {
			int target = foreignTarget(seedState);
			if (target >= 0) {
				clauses.append("    offense against ").append(names[target]).append(forces(members, info, 0.3)).append('\n');
			} else {
				offense = false;
			}
		}
		if (neutrality) {
			clauses.append("    neutrality");
			int target = random.nextDouble() < 0.3 ? foreignTarget(seedState) : -1;
			if (target >= 0) {
				clauses.append(" against ").append(names[target]);
			}
			clauses.append('\n');
		}
		if (nonaggression) {
			clauses.append("    nonaggression\n");
		}
		if (consultation) {
			clauses.append("    consultation\n");
		}
		String kind = defense || offense ? "alliance" : neutrality || nonaggression ? "pact" : "entente";
		out.append(kind).append(' ').append(info.name).append(" {\n");
		out.append("    members ").append(join(members)).append('\n');
		out.append(calendarText(info));
		out.append(clauses);
		out.append("}\n");
	}

	private String defenseClause(List<Integer> parties, int seedState, TreatyInfo info) {
		StringBuilder b = new StringBuilder("defense");
		if (random.nextDouble() < 0.25) {
			int first = foreignTarget(seedState);
			if (first >= 0) {
				b.append(" against ").append(names[first]);
				int second = foreignTarget(seedState);
				if (second >= 0 && second != first && random.nextDouble() < 0.3) {
					b.append(", ").append(names[second]);
				}
			}
		}
		if (random.nextDouble() < 0.05) {
			b.append(" in ").append(regionNames[region[seedState]]);
		}
		if (random.nextDouble() < 0.35) {
			b.append(" unless provoked");
		}
		b.append(forces(parties, info, 0.08));
		return b.toString();
	}

	/** " forces P%" with probability p when every party still has that much to pledge, else "". */
	private String forces(List<Integer> parties, TreatyInfo info, double p) {
		if (random.nextDouble() >= p) {
			return "";
		}
		int percent = 5 * (1 + random.nextInt(6));
		for (int i : parties) {
			if (forcesLeft[i] < percent) {
				return "";
			}
		}
		for (int i : parties) {
			forcesLeft[i] -= percent;
		}
		info.forces = true;
		return " forces " + percent + "%";
	}

	private void guarantee(TreatyInfo info, int seedState, List<Integer> greatsOfCamp) {
		List<Integer> guarantors = sample(greatsOfCamp, Math.min(greatsOfCamp.size(), 1 + (random.nextDouble() < 0.2 ? 1 : 0)));
		Set<Integer> taken = new HashSet<>(guarantors);
		List<Integer> recipients = new ArrayList<>();
		List<Integer> nearby = neighbourhood(great[seedState] ? campMembers.get(info.camp).get(random.nextInt(campMembers.get(info.camp).size())) : seedState,
				1 + random.nextInt(3) + guarantors.size(), List.of());
		for (int i : nearby) {
			if (!taken.contains(i) && !great[i]) {
				recipients.add(i);
			}
		}
		if (recipients.isEmpty()) {
			for (int i : campMembers.get(info.camp)) {
				if (!taken.contains(i)) {
					recipients.add(i);
					break;
				}
			}
		}
		info.parties.addAll(guarantors);
		info.parties.addAll(recipients);
		info.defense = true;
		List<Integer> parties = new ArrayList<>(info.parties);
		out.append("guarantee ").append(info.name).append(" {\n");
		out.append("    by ").append(join(guarantors)).append('\n');
		out.append("    to ").append(join(recipients)).append('\n');
		out.append(calendarText(info));
		out.append("    ").append(defenseClause(parties, recipients.get(0), info)).append('\n');
		out.append("}\n");
	}

	/** {@code size} distinct states of the seed's camp: the seed, its border neighbourhood, maybe a great power, then anyone. */
	private List<Integer> neighbourhood(int seedState, int size, List<Integer> greatsOfCamp) {
		int c = camp[seedState];
		List<Integer> campList = campMembers.get(c);
		size = Math.min(size, campList.size());
		LinkedHashSet<Integer> chosen = new LinkedHashSet<>();
		chosen.add(seedState);
		if (!greatsOfCamp.isEmpty() && random.nextDouble() < 0.25) {
			chosen.add(greatsOfCamp.get(random.nextInt(greatsOfCamp.size())));
		}
		ArrayDeque<int[]> queue = new ArrayDeque<>();
		Set<Integer> seen = new HashSet<>();
		queue.add(new int[] { seedState, 0 });
		seen.add(seedState);
		List<Integer> near = new ArrayList<>();
		while (!queue.isEmpty() && near.size() < 4 * size) {
			int[] head = queue.poll();
			for (int j : borders[head[0]]) {
				if (head[1] < 3 && seen.add(j)) {
					queue.add(new int[] { j, head[1] + 1 });
					if (camp[j] == c) {
						near.add(j);
					}
				}
			}
		}
		while (chosen.size() < size && !near.isEmpty()) {
			chosen.add(near.remove(random.nextInt(Math.min(near.size(), 3))));
		}
		while (chosen.size() < size) {
			chosen.add(campList.get(random.nextInt(campList.size())));
		}
		return new ArrayList<>(chosen).subList(0, size);
	}

	/** A state of another camp to name in {@code against}: a nearby one, or a great power; -1 when there is none. */
	private int foreignTarget(int state) {
		if (camps < 2) {
			return -1;
		}
		int neighbour = foreignNeighbour(state);
		if (neighbour >= 0 && random.nextDouble() < 0.6) {
			return neighbour;
		}
		for (int attempt = 0; attempt < 20; attempt++) {
			int j = random.nextInt(n);
			if (camp[j] != camp[state] && (great[j] || attempt > 10)) {
				return j;
			}
		}
		return neighbour;
	}

	/** A bordering state of another camp, or -1. */
	private int foreignNeighbour(int state) {
		List<Integer> foreign = new ArrayList<>();
		for (int j : borders[state]) {
			if (camp[j] != camp[state]) {
				foreign.add(j);
			}
		}
		return foreign.isEmpty() ? -1 : foreign.get(random.nextInt(foreign.size()));
	}

	private List<Integer> largestCamp() {
		List<Integer> best = campMembers.get(0);
		for (List<Integer> c : campMembers) {
			if (c.size() > best.size()) {
				best = c;
			}
		}
		return best;
	}

	// ---------------------------------------------------------------- events and expectations

	/**
	 * Events name only states in the system that year (docs/validation.md, event-before-entry): an attack,
	 * a joins or a leaves naming an entrant too early is drawn again, an arms change is dropped, and a
	 * peace follows its war, whose states were already there.
	 */
	private void events() {
		// attacks never fall in a year with a peace, so "at war" expectations hold
		List<Integer> attackYears = new ArrayList<>(), peaceYears = new ArrayList<>();
		for (int year = from; year <= to; year++) {
			((year - from) % 3 == 2 ? peaceYears : attackYears).add(year);
		}
		List<String> expectations = new ArrayList<>();
		List<int[]> wars = new ArrayList<>();
		int attacks = camps < 2 ? 0 : n / 100 + 2;
		for (int a = 0; a < attacks; a++) {
			for (int attempt = 0; attempt < 50; attempt++) {
				int attacker = random.nextInt(n);
				int target = foreignNeighbour(attacker);
				if (target >= 0) {
					int year = attackYears.get(random.nextInt(attackYears.size()));
					if (!present(attacker, year) || !present(target, year)) {
						continue;
					}
					line("in " + year + ": " + names[attacker] + " attacks " + names[target]);
					wars.add(new int[] { attacker, target, year });
					if (expectations.size() < 5) {
						expectations.add("expect in " + year + ": " + names[attacker] + " at war with " + names[target]);
					}
					break;
				}
			}
		}
		for (int[] war : wars) {
			List<Integer> later = peaceYears.stream().filter(y -> y > war[2]).toList();
			if (!later.isEmpty() && random.nextBoolean()) {
				line("in " + later.get(random.nextInt(later.size())) + ": peace " + names[war[0]] + ", " + names[war[1]]);
			}
		}
		for (int a = 0; a < n / 50 + 2; a++) {
			int year = from + random.nextInt(to - from + 1);
			int change = 5 * (1 + random.nextInt(10));
			boolean down = random.nextDouble() < 0.25;
			int state = random.nextInt(n);
			if (present(state, year)) {
				line("in " + year + ": " + names[state] + " arms " + (down ? "-" : "+") + change + "%");
			}
		}
		// durable defense treaties never lapse (docs/semantics.md §7). That they stay in force is not promised:
		// under the decision rule an entrant may declare war on a partner and so breach the treaty (§6a).
		for (TreatyInfo t : treaties) {
			if (expectations.size() >= 10) {
				break;
			}
			if (t.durable && t.defense && !t.guarantee && (t.signed == null || t.signed <= to)) {
				t.protectedFromLeaving = true;
				expectations.add("expect: not treaty " + t.name + " lapsed");
			}
		}
		joinsAndLeaves();
		line("");
		expectations.forEach(this::line);
	}

	private void joinsAndLeaves() {
		if (treaties.isEmpty()) {
			return;
		}
		Set<TreatyInfo> changed = new HashSet<>();
		for (int j = 0; j < n / 200 + 1; j++) {
			for (int attempt = 0; attempt < 20; attempt++) {
				TreatyInfo t = treaties.get(random.nextInt(treaties.size()));
				int year = from + random.nextInt(to - from + 1);
				if (t.guarantee || t.forces || !t.inForce(year) || changed.contains(t)) {
					continue;
				}
				List<Integer> campList = campMembers.get(t.camp);
				int joiner = campList.get(random.nextInt(campList.size()));
				if (t.parties.contains(joiner) || !present(joiner, year)) {
					continue;
				}
				changed.add(t);
				line("in " + year + ": " + names[joiner] + " joins " + t.name);
				break;
			}
		}
		for (int l = 0; l < n / 200 + 1; l++) {
			for (int attempt = 0; attempt < 20; attempt++) {
				TreatyInfo t = treaties.get(random.nextInt(treaties.size()));
				int year = from + random.nextInt(to - from + 1);
				if (t.guarantee || t.parties.size() < 3 || t.protectedFromLeaving || !t.inForce(year) || changed.contains(t)) {
					continue;
				}
				int leaver = t.parties.get(random.nextInt(t.parties.size()));
				if (!present(leaver, year)) {
					continue;
				}
				changed.add(t);
				line("in " + year + ": " + names[leaver] + " leaves " + t.name);
				break;
			}
		}
	}

	/** Whether the state is in the state system in that year. */
	private boolean present(int state, int year) {
		return entry[state] <= year;
	}

	// ---------------------------------------------------------------- text

	private String uniqueName(String suffix) {
		for (int attempt = 0;; attempt++) {
			StringBuilder b = new StringBuilder();
			int syllables = 1 + random.nextInt(2);
			for (int s = 0; s < syllables; s++) {
				b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
			}
			b.append(suffix);
			if (attempt > 5) {
				b.append(usedNames.size());
			}
			String name = Character.toUpperCase(b.charAt(0)) + b.substring(1);
			if (usedNames.add(name)) {
				return name;
			}
		}
	}

	private List<Integer> sample(List<Integer> from, int size) {
		List<Integer> copy = new ArrayList<>(from);
		List<Integer> result = new ArrayList<>();
		for (int k = 0; k < size && !copy.isEmpty(); k++) {
			result.add(copy.remove(random.nextInt(copy.size())));
		}
		return result;
	}

	private String join(int[] states) {
		StringBuilder b = new StringBuilder();
		for (int i : states) {
			if (b.length() > 0) {
				b.append(", ");
			}
			b.append(names[i]);
		}
		return b.toString();
	}

	private String join(List<Integer> states) {
		return join(states.stream().mapToInt(Integer::intValue).toArray());
	}

	/** Three significant digits, never in exponent notation, never negative or zero. */
	static String number(double value) {
		double v = Math.max(value, 0.001);
		if (v >= 100) {
			return Long.toString(Math.round(v));
		}
		int decimals = v >= 10 ? 1 : v >= 1 ? 2 : Math.min(6, 2 - (int) Math.floor(Math.log10(v)));
		return Fmt.fixed(v, decimals);
	}

	private static double sq(double v) {
		return v * v;
	}

	private void line(String text) {
		out.append(text).append('\n');
	}
}
