package org.entente.importer.history;

import org.entente.importer.SeaBorders;

/**
 * How a war is set up for a replay, beside the protocol's fixed rules (docs/validation-against-history.md):
 * {@code preWarTurns} quiet turns before the onset ("Pre-war turns"), the water contiguity written as
 * borders ("Sea borders") and {@code jointOpenings}, the openings written as fronts of one war ("Joint
 * openings: one war per COW war"). {@link #PROTOCOL} (none of them) is the benchmark's setting; the others
 * are experiments.
 */
public record ReplaySetup(int preWarTurns, SeaBorders seaBorders, boolean jointOpenings) {

    /** The protocol: the run starts at the onset, land borders only, each opening a war of its own. */
    public static final ReplaySetup PROTOCOL = new ReplaySetup(0, SeaBorders.NONE, false);

    public ReplaySetup {
        if (preWarTurns < 0) {
            throw new IllegalArgumentException("the number of pre-war turns is negative: " + preWarTurns);
        }
        java.util.Objects.requireNonNull(seaBorders, "seaBorders");
    }

    /** Separate openings (the protocol's). */
    public ReplaySetup(int preWarTurns, SeaBorders seaBorders) {
        this(preWarTurns, seaBorders, false);
    }

    /** The protocol with {@code k} quiet turns before the onset. */
    public static ReplaySetup preWar(int k) {
        return new ReplaySetup(k, SeaBorders.NONE, false);
    }

    public ReplaySetup withSeaBorders(SeaBorders sea) {
        return new ReplaySetup(preWarTurns, sea, jointOpenings);
    }

    public ReplaySetup withJointOpenings(boolean joint) {
        return new ReplaySetup(preWarTurns, seaBorders, joint);
    }
}
