package org.entente.tests.generator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Seeded random scenario text that uses every construct of the language: settings, ideologies,
 * regions, states with every property, organizations, actors, relations, treaties of every kind
 * with every clause and option, every event and every expectation. Names include ones that are
 * awkward in Java (keywords, names whose constants collide, escaped DSL keywords) and titles with
 * quotes, backslashes, comment terminators and non-ASCII text. The same seed gives the same text.
 */
final class RandomScenario {

	private static final List<String> STATE_NAMES = List.of("Alba", "Borduria", "Syldavia", "Freedonia", "Ruritania",
			"Latveria", "Genovia", "Zubrowka", "Elbonia", "Qumar", "Ab", "AB", "Source", "_x", "class", "int", "^power",
			"^state", "USSR", "North_Korea", "String", "NorthKorea");
	private static final List<String> TREATY_NAMES = List.of("Accord", "DualPact", "Covenant", "TripleEntente", "ab",
			"Treaty_1", "new", "^defense", "Alliance7", "LeagueOfThree");
	private static final List<String> SCENARIO_NAMES = List.of("class", "Scenario", "string", "_", "^settings", "List",
			"lowerCase", "Main");
	private static final List<String> TITLES = List.of("The \\\"Great\\\" Game", "Österreich–Ungarn", "ends */ here",
			"back\\\\slash \\\\u000a", "line\\nbreak", "tab\\there", "plain title", "Ævum 北京 ✓");

	private final Random random;
	private final StringBuilder out = new StringBuilder();
	private final List<String> states = new ArrayList<>();
	private final List<String> treaties = new ArrayList<>();
	private final List<String> regions = new ArrayList<>();
	private final List<String> ideologies = new ArrayList<>();
	private int from;
	private int to;

	private RandomScenario(long seed) {
		this.random = new Random(seed);
	}

	static String text(int seed) {
		return new RandomScenario(seed).build(seed);
	}

	private String build(int seed) {
		header(seed);
		if (chance(0.7)) settings();
		ideologies();
		regions();
		List<String> pool = new ArrayList<>(STATE_NAMES);
		Collections.shuffle(pool, random);
		states.addAll(pool.subList(0, 4 + random.nextInt(6)));
		for (String s : states) state(s);
		organizationsAndActors();
		relations();
		List<String> treatyPool = new ArrayList<>(TREATY_NAMES);
		Collections.shuffle(treatyPool, random);
		treaties.addAll(treatyPool.subList(0, 1 + random.nextInt(5)));
		for (String t : treaties) treaty(t);
		int events = random.nextInt(7);
		for (int k = 0; k < events; k++) event();
		int expectations = random.nextInt(8);
		for (int k = 0; k < expectations; k++) expectation();
		return out.toString();
	}

	private void header(int seed) {
		String name = seed % 7 == 3 ? SCENARIO_NAMES.get(seed / 7 % SCENARIO_NAMES.size()) : "Random" + seed;
		from = 1800 + random.nextInt(200);
		to = from + random.nextInt(6);
		out.append("scenario ").append(name);
		if (chance(0.7)) out.append(" \"").append(pick(TITLES)).append('"');
		out.append("\n    from ").append(from).append(" to ").append(to);
		if (chance(0.2)) {
			int step = 1 + random.nextInt(3);
			out.append(" step ").append(step);
			to = from + (to - from) / step * step;
		}
		if (chance(0.4)) out.append(" seed ").append(random.nextInt(100000));
		out.append("\n\n");
	}

	private void settings() {
		List<String> parts = new ArrayList<>();
		if (chance(0.6)) {
			List<String> weights = new ArrayList<>();
			for (String w : List.of("power", "proximity", "offensive", "intent")) {
				if (chance(0.6)) weights.add(w + " " + decimal(0, 0.6));
			}
			if (weights.isEmpty()) weights.add("power " + decimal(0, 0.6));
			Collections.shuffle(weights, random);
			parts.add("weights " + String.join(" ", weights));
		}
		if (chance(0.6)) parts.add("threatFloor " + decimal(0.05, 0.7));
		if (chance(0.5)) parts.add("greatPower " + decimal(2, 25) + "%");
		if (chance(0.5)) parts.add("armsGrowth " + decimal(0, 15) + "%");
		if (chance(0.5)) parts.add("lapseAfter " + (1 + random.nextInt(4)));
		if (chance(0.4)) parts.add("poleShare " + decimal(0, 40) + "%");
		Collections.shuffle(parts, random);
		out.append("settings {\n    ").append(String.join("\n    ", parts)).append("\n}\n\n");
	}

	private void ideologies() {
		int n = random.nextInt(4);
		for (int k = 0; k < n; k++) ideologies.add("Ideo" + k);
		for (int k = 0; k < n; k++) {
			out.append("ideology ").append(ideologies.get(k));
			if (chance(0.3)) out.append(" \"").append(pick(TITLES)).append('"');
			if (k > 0 && chance(0.6)) out.append(" opposes ").append(ideologies.get(random.nextInt(k)));
			out.append('\n');
		}
	}

	private void regions() {
		int n = random.nextInt(3);
		for (int k = 0; k < n; k++) {
			regions.add("Region" + k);
			out.append("region Region").append(k);
			if (chance(0.5)) out.append(" \"").append(pick(TITLES)).append('"');
			out.append('\n');
		}
		out.append('\n');
	}

	private void state(String name) {
		out.append("state ").append(name);
		if (chance(0.4)) out.append(" \"").append(pick(TITLES)).append('"');
		List<String> properties = new ArrayList<>();
		if (chance(0.95)) properties.add("military " + decimal(0, 20));
		if (chance(0.9)) properties.add("economy " + decimal(0, 20));
		if (chance(0.9)) properties.add("population " + (chance(0.5) ? String.valueOf(random.nextInt(300)) : decimal(0, 300)));
		if (chance(0.5)) properties.add("offensive " + decimal(0, 1));
		if (chance(0.6)) {
			properties.add("intent " + (chance(0.7) ? pick(List.of("aggressive", "revisionist", "status-quo", "defensive"))
					: decimal(0, 1)));
		}
		if (!ideologies.isEmpty() && chance(0.6)) properties.add("ideology " + pick(ideologies));
		if (!regions.isEmpty() && chance(0.5)) properties.add("region " + pick(regions));
		List<String> borders = others(name, random.nextInt(4));
		if (!borders.isEmpty()) properties.add("borders " + String.join(", ", borders));
		if (chance(0.3)) properties.add("stability " + decimal(0, 1));
		if (chance(0.2)) properties.add("size " + decimal(0, 5));
		if (chance(0.3)) properties.add("doctrine " + (chance(0.6) ? pick(List.of("offensive", "defensive")) : decimal(0, 1)));
		if (chance(0.15)) properties.add("great power");
		Collections.shuffle(properties, random);
		out.append(" {\n    ").append(String.join("\n    ", properties)).append("\n}\n");
	}

	private void organizationsAndActors() {
		if (chance(0.5)) {
			out.append("organization Org").append(random.nextInt(10));
			if (chance(0.5)) out.append(" \"").append(pick(TITLES)).append('"');
			out.append(" { members ").append(String.join(", ", some(2 + random.nextInt(3)))).append(" }\n");
		}
		int actors = random.nextInt(3);
		for (int k = 0; k < actors; k++) {
			String kind = pick(List.of("armed-group", "armed-group", "ngo", "corporation"));
			out.append("actor Actor").append(k);
			if (chance(0.4)) out.append(" \"").append(pick(TITLES)).append('"');
			out.append(" kind ").append(kind).append(" {");
			if (chance(0.8)) out.append(" targets ").append(pick(states));
			if (chance(0.8)) out.append(" strength ").append(decimal(0, 2));
			if (chance(0.5)) out.append(" sponsor ").append(pick(states));
			out.append(" }\n");
		}
	}

	private void relations() {
		int n = random.nextInt(6);
		for (int k = 0; k < n; k++) {
			List<String> pair = some(2);
			switch (random.nextInt(4)) {
				case 0 -> out.append("dispute ").append(pair.get(0)).append(", ").append(pair.get(1))
						.append(chance(0.5) ? " \"" + pick(TITLES) + "\"" : "").append('\n');
				case 1 -> out.append("rivalry ").append(pair.get(0)).append(", ").append(pair.get(1)).append('\n');
				case 2 -> out.append("propensity ").append(pair.get(0)).append(", ").append(pair.get(1)).append(' ')
						.append(chance(0.5) ? "-" : "").append(decimal(0, 2)).append('\n');
				default -> out.append("threat ").append(pair.get(0)).append(" -> ").append(pair.get(1)).append(' ')
						.append(chance(0.6) ? pick(List.of("low", "medium", "high")) : decimal(0, 1)).append('\n');
			}
		}
		out.append('\n');
	}

	private void treaty(String name) {
		boolean guarantee = chance(0.3);
		if (guarantee) {
			List<String> parties = some(2 + random.nextInt(2));
			int split = 1 + random.nextInt(parties.size() - 1);
			out.append("guarantee ").append(name);
			if (chance(0.3)) out.append(" \"").append(pick(TITLES)).append('"');
			out.append(" {\n    by ").append(String.join(", ", parties.subList(0, split)))
					.append(" to ").append(String.join(", ", parties.subList(split, parties.size())));
		} else {
			out.append(pick(List.of("alliance", "pact", "entente"))).append(' ').append(name);
			if (chance(0.3)) out.append(" \"").append(pick(TITLES)).append('"');
			out.append(" {\n    members ").append(String.join(", ", some(2 + random.nextInt(2))));
		}
		Integer signed = null;
		if (chance(0.6)) {
			signed = from - 20 + random.nextInt(to - from + 22);
			out.append("\n    signed ").append(signed);
		}
		if (chance(0.3)) out.append("\n    expires ").append((signed == null ? from : signed) + 1 + random.nextInt(4));
		if (chance(0.2)) out.append("\n    durable");
		if (chance(0.25)) out.append("\n    reliability ").append(decimal(0, 1));
		int clauses = random.nextInt(4);
		for (int k = 0; k < clauses; k++) {
			out.append("\n    ").append(clause());
		}
		out.append("\n}\n");
	}

	private String clause() {
		switch (random.nextInt(6)) {
			case 0: {
				StringBuilder c = new StringBuilder("defense");
				if (chance(0.5)) c.append(" against ").append(String.join(", ", some(1 + random.nextInt(2))));
				if (!regions.isEmpty() && chance(0.3)) c.append(" in ").append(pick(regions));
				if (chance(0.4)) c.append(" unless provoked");
				if (chance(0.4)) c.append(" forces ").append(random.nextInt(101)).append('%');
				return c.toString();
			}
			case 1:
				return "offense against " + String.join(", ", some(1 + random.nextInt(2)))
						+ (chance(0.4) ? " forces " + decimal(0, 100) + "%" : "");
			case 2:
				return "neutrality" + (chance(0.5) ? " against " + String.join(", ", some(1 + random.nextInt(2))) : "");
			case 3:
				return "nonaggression";
			case 4:
				return "consultation";
			default:
				return "sanctions against " + String.join(", ", some(1 + random.nextInt(2)));
		}
	}

	private void event() {
		int year = from + random.nextInt(to - from + 1);
		List<String> pair = some(2);
		String action = switch (random.nextInt(7)) {
			case 0 -> pair.get(0) + " attacks " + pair.get(1) + (chance(0.3) ? ", " + pick(others(pair.get(0), 1)) : "");
			case 1 -> pair.get(0) + " annexes " + pair.get(1);
			case 2 -> pair.get(0) + " collapses";
			case 3 -> pair.get(0) + " arms " + (chance(0.7) ? "+" : "-") + decimal(0, 60) + "%";
			case 4 -> pair.get(0) + " joins " + pick(treaties);
			case 5 -> pair.get(0) + " leaves " + pick(treaties);
			default -> "peace " + pair.get(0) + ", " + pair.get(1);
		};
		out.append("in ").append(year).append(": ").append(action).append('\n');
	}

	private void expectation() {
		out.append("expect");
		int timing = random.nextInt(3);
		if (timing > 0) out.append(timing == 1 ? " in " : " by ").append(from + random.nextInt(to - from + 1));
		out.append(": ");
		if (chance(0.3)) out.append("not ");
		List<String> pair = some(2);
		String a = pair.get(0), b = pair.get(1);
		out.append(switch (random.nextInt(11)) {
			case 0 -> a + " balances against " + b;
			case 1 -> a + " bandwagons with " + b;
			case 2 -> a + " buck-passes";
			case 3 -> a + " soft-balances against " + b;
			case 4 -> a + " omnibalances";
			case 5 -> a + " is secure";
			case 6 -> a + " at war with " + b;
			case 7 -> a + " allied with " + b;
			case 8 -> "treaty " + pick(treaties) + " " + pick(List.of("in force", "lapsed", "breached", "expired"));
			case 9 -> "polarity " + pick(List.of("unipolar", "bipolar", "multipolar"));
			default -> "landscape " + a + " | " + b;
		}).append('\n');
	}

	private boolean chance(double p) {
		return random.nextDouble() < p;
	}

	private <T> T pick(List<T> list) {
		return list.get(random.nextInt(list.size()));
	}

	/** n distinct states (fewer when there are not enough). */
	private List<String> some(int n) {
		List<String> copy = new ArrayList<>(states);
		Collections.shuffle(copy, random);
		return copy.subList(0, Math.min(n, copy.size()));
	}

	private List<String> others(String state, int n) {
		List<String> copy = new ArrayList<>(states);
		copy.remove(state);
		Collections.shuffle(copy, random);
		return copy.subList(0, Math.min(n, copy.size()));
	}

	/** A decimal literal in [low, high] with 0 to 3 decimals, e.g. "2", "0.35", "12.125". */
	private String decimal(double low, double high) {
		double value = low + random.nextDouble() * (high - low);
		int decimals = random.nextInt(4);
		String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
		return text;
	}
}
