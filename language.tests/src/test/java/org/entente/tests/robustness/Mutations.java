package org.entente.tests.robustness;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Random damage to a valid scenario text, the way people and tools break files: tokens deleted,
 * duplicated, swapped or replaced by another keyword, the file cut short, random characters or
 * bytes (control characters, non-ASCII, NUL, lone surrogates decoded as replacement characters)
 * inserted. Deterministic for a given {@link Random}.
 */
final class Mutations {

	private static final Pattern TOKEN = Pattern.compile(
			"\\s+|//[^\\n]*|/\\*.*?\\*/|\"[^\"\\n]*\"|[A-Za-z_^][A-Za-z0-9_-]*|\\d+(\\.\\d+)?|->|.", Pattern.DOTALL);
	private static final String[] KEYWORDS = { "scenario", "state", "alliance", "guarantee", "defense", "against", "in",
			"expect", "attacks", "{", "}", ",", ":", "%", "->", "|", "not", "from", "to", "members", "borders", "signed",
			"expires", "unless", "provoked", "by", "treaty", "landscape", "settings", "weights", "-", "+", "1e9", "0.5",
			"999999999999", "\"", "/*", "//", "^state", "-1", "2147483648" };

	private Mutations() {
	}

	/** One to {@code max} mutations of {@code text}. */
	static String mutate(String text, Random random, int max) {
		String result = text;
		int count = 1 + random.nextInt(max);
		for (int k = 0; k < count; k++) {
			result = once(result, random);
		}
		return result;
	}

	static String once(String text, Random random) {
		List<String> tokens = tokens(text);
		List<Integer> solid = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			if (!tokens.get(i).isBlank()) {
				solid.add(i);
			}
		}
		if (solid.isEmpty()) {
			return text + randomChars(random);
		}
		int at = solid.get(random.nextInt(solid.size()));
		switch (random.nextInt(8)) {
			case 0 -> tokens.remove(at);
			case 1 -> tokens.add(at, tokens.get(at) + " ");
			case 2 -> {
				int other = solid.get(random.nextInt(solid.size()));
				String t = tokens.get(at);
				tokens.set(at, tokens.get(other));
				tokens.set(other, t);
			}
			case 3 -> tokens.set(at, KEYWORDS[random.nextInt(KEYWORDS.length)]);
			case 4 -> {
				return text.substring(0, random.nextInt(text.length() + 1));
			}
			case 5 -> tokens.add(at, randomChars(random));
			case 6 -> {
				int from = solid.get(random.nextInt(solid.size()));
				int to = Math.min(tokens.size(), from + 1 + random.nextInt(30));
				List<String> block = new ArrayList<>(tokens.subList(from, to));
				tokens.addAll(solid.get(random.nextInt(solid.size())), block); // duplicated declarations
			}
			default -> tokens.set(at, tokens.get(at).isEmpty() ? "x" : tokens.get(at).substring(0, random.nextInt(tokens.get(at).length())));
		}
		return String.join("", tokens);
	}

	static List<String> tokens(String text) {
		List<String> result = new ArrayList<>();
		Matcher m = TOKEN.matcher(text);
		while (m.find()) {
			result.add(m.group());
		}
		return result;
	}

	private static String randomChars(Random random) {
		StringBuilder b = new StringBuilder();
		int length = 1 + random.nextInt(12);
		for (int i = 0; i < length; i++) {
			switch (random.nextInt(5)) {
				case 0 -> b.append((char) random.nextInt(32)); // control characters, NUL
				case 1 -> b.append((char) (0x80 + random.nextInt(0x780))); // Latin, Greek, Cyrillic ...
				case 2 -> b.append('\uFFFD'); // what undecodable bytes become
				case 3 -> b.appendCodePoint(0x1F300 + random.nextInt(200)); // emoji (surrogate pairs)
				default -> b.append((char) (33 + random.nextInt(94)));
			}
		}
		return b.toString();
	}
}
