package org.entente.tests.lsp;

import java.util.Random;

/** Edits for the soak test: the robustness mutations, plus short snippets typed into the middle of a file. */
final class SoakEdits {

	private static final String[] SNIPPETS = { "state ", "alliance A { members ", "defense against ", "}", "{", ",", " ",
			"\n", "in 1950: ", "expect: ", "Xyz", "borders ", "%", "\"", "/*", "*/", "// note\n", "1.5", "->", "§", "ወ" };

	private SoakEdits() {
	}

	static String mutate(String text, Random random) {
		return org.entente.tests.robustness.MutationsAccess.mutate(text, random);
	}

	static String snippet(Random random) {
		return SNIPPETS[random.nextInt(SNIPPETS.length)];
	}
}
