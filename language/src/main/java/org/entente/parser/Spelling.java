package org.entente.parser;

import java.util.Collection;
import java.util.Optional;

/**
 * "Did you mean": the closest word by Damerau-Levenshtein distance (optimal string alignment:
 * insertions, deletions, substitutions and swaps of two neighbours each count 1).
 */
public final class Spelling {

	/** The largest distance suggested; words of up to 4 letters get suggestions at distance 1 only. */
	public static final int MAX_DISTANCE = 2;

	private Spelling() {
	}

	/** The candidate closest to {@code word} within the allowed distance, never {@code word} itself. */
	public static Optional<String> closest(String word, Collection<String> candidates) {
		if (word == null || word.isEmpty()) {
			return Optional.empty();
		}
		int allowed = word.length() <= 4 ? 1 : MAX_DISTANCE;
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String candidate : candidates) {
			if (candidate == null || candidate.equals(word) || Math.abs(candidate.length() - word.length()) > allowed) {
				continue;
			}
			int d = distance(word, candidate);
			if (d <= allowed && (d < bestDistance || d == bestDistance && candidate.compareTo(best) < 0)) {
				best = candidate;
				bestDistance = d;
			}
		}
		return Optional.ofNullable(best);
	}

	/** Optimal string alignment distance between two words. */
	public static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}
}
