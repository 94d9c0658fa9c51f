package org.entente.engine.model;

/**
 * The bounds of what the model computes (docs/validation.md, "Numbers the model can compute").
 * The checker refuses a file beyond them with the bound in the message, so the simulation never
 * meets an infinite or NaN number and a run fits in memory.
 */
public final class Limits {

	private Limits() {
	}

	/**
	 * Largest military, economy, population, size or actor strength: 10^15. World GDP is about
	 * 10^14 US dollars and world population 10^10 people, so every real figure in any usual unit
	 * fits, and sums over a million states stay far from overflow.
	 */
	public static final double MAX_CAPABILITY = 1e15;

	/**
	 * Largest threat weight: 10,000. Weights are relative; at 10,000 to 1 a term of weight 1 moves
	 * a score only below the 4 decimals the trace prints.
	 */
	public static final double MAX_WEIGHT = 1e4;

	/** Largest |propensity| of a declared pair: 10^6 (the computed ones are between -4 and 1). */
	public static final double MAX_PROPENSITY = 1e6;

	/**
	 * Largest {@code arms} change of one event: +10,000% (a hundredfold), far beyond any recorded
	 * one-year build-up; the military stays finite over the longest scenario.
	 */
	public static final double MAX_ARMS_PERCENT = 1e4;

	/** Years are calendar years of at most four digits, 0..9999 (year arithmetic never overflows). */
	public static final int MAX_YEAR = 9999;

	/**
	 * Most turns a scenario may have: 1,000. The trace keeps every turn (about 1 KB per state and
	 * turn, docs/performance.md), so 1,000 states over 1,000 turns need about 1 GB.
	 */
	public static final int MAX_TURNS = 1000;

	/** threatFloor is a threat level, and threats lie in 0..1 (docs/semantics.md §3). */
	public static final double MAX_THREAT_FLOOR = 1;

	/** greatPower, armsGrowth and poleShare are shares of a whole, in percent: 0..100. */
	public static final double MAX_SHARE_PERCENT = 100;

	/** lapseAfter counts quiet turns before a treaty lapses: at least one (docs/semantics.md §7). */
	public static final int MIN_LAPSE_AFTER = 1;

	/** Number of turns of a scenario running from {@code from} to {@code to} every {@code step} years. */
	public static long turns(int from, int to, int step) {
		return from > to ? 0 : ((long) to - from) / Math.max(1, step) + 1;
	}
}
