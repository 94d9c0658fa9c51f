package org.entente.tests.robustness;

import java.util.Random;

/** Lets other test packages (the language-server soak test) damage text the same way. */
public final class MutationsAccess {

	private MutationsAccess() {
	}

	public static String mutate(String text, Random random) {
		return Mutations.mutate(text, random, 3);
	}
}
