package org.entente.engine.bloc;

/**
 * The weights of the signed affinity graph whose minimum-energy partition gives the blocs
 * (docs/semantics.md §8, where each weight's reason is written down). Per unordered pair of living
 * states the terms add up.
 */
public final class AffinityWeights {
    private AffinityWeights() {}

    /** On the same side of a war (co-belligerents): fighting together is revealed alignment. */
    public static final double SAME_WAR_SIDE = 3.0;
    /** On opposite sides of a war: stronger than any single treaty, so enemies never share a bloc because of an old pact. */
    public static final double OPPOSED_WAR_SIDES = -4.0;
    /** A defense or offense treaty in force, spread over each party's partners in it: 2 / (parties − 1) per pair. */
    public static final double ALLIANCE = 2.0;
    /** A treaty in force with only neutrality, nonaggression or consultation clauses, or an entente: a quarter of an alliance. */
    public static final double RESTRAINT = 0.5;
    /** Both balance against the same state this turn. */
    public static final double SHARED_TARGET = 1.0;
    /** An alignment without treaty in force (balancing against a common threat, or bandwagoning). */
    public static final double ALIGNED = 1.0;
    /** An omnibalancer and its partner (David 1991). */
    public static final double OMNIBALANCE = 1.0;
    /** The other state is one's primary threat at or above the floor (per direction; not the state one bandwagons with). */
    public static final double PRIMARY_THREAT = -1.0;
    /** A declared rivalry. */
    public static final double RIVALRY = -1.0;
}
