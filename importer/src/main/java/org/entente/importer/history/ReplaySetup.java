package org.entente.importer.history;

import org.entente.importer.SeaBorders;

/**
 * How a war is set up for a replay, beside the protocol's fixed rules (docs/validation-against-history.md):
 * {@code preWarTurns} quiet turns before the onset ("Pre-war turns"), the water contiguity written as
 * borders ("Sea borders") and {@code jointOpenings}, the openings written as fronts of one war ("Joint
 * openings: one war per COW war"). {@link #PROTOCOL} (no quiet turns, land borders, joint openings) is the
 * benchmark's setting; the others are experiments, separate openings the protocol before joint openings.
 */
public record ReplaySetup(int preWarTurns, SeaBorders seaBorders, boolean jointOpenings) {

    /** The protocol: the run starts at the onset, land borders only, a war's openings are fronts of one war (as COW codes it). */
    public static final ReplaySetup PROTOCOL = new ReplaySetup(0, SeaBorders.NONE, true);

    public ReplaySetup {
        if (preWarTurns < 0) {
            throw new IllegalArgumentException("the number of pre-war turns is negative: " + preWarTurns);
        }
        java.util.Objects.requireNonNull(seaBorders, "seaBorders");
    }

    /** Joint openings (the protocol's). */
    public ReplaySetup(int preWarTurns, SeaBorders seaBorders) {
        this(preWarTurns, seaBorders, true);
    }

    /** The protocol with {@code k} quiet turns before the onset. */
    public static ReplaySetup preWar(int k) {
        return new ReplaySetup(k, SeaBorders.NONE, true);
    }

    public ReplaySetup withSeaBorders(SeaBorders sea) {
        return new ReplaySetup(preWarTurns, sea, jointOpenings);
    }

    public ReplaySetup withJointOpenings(boolean joint) {
        return new ReplaySetup(preWarTurns, seaBorders, joint);
    }
}
