package org.entente.importer.history;

import org.entente.importer.SeaBorders;

/**
 * How a war is set up for a replay, beside the protocol's fixed rules (docs/validation-against-history.md):
 * {@code preWarTurns} quiet turns before the onset ("Pre-war turns") and the water contiguity written as
 * borders ("Sea borders"). {@link #PROTOCOL} (none of either) is the benchmark's setting; the others are
 * experiments.
 */
public record ReplaySetup(int preWarTurns, SeaBorders seaBorders) {

    /** The protocol: the run starts at the onset, land borders only. */
    public static final ReplaySetup PROTOCOL = new ReplaySetup(0, SeaBorders.NONE);

    public ReplaySetup {
        if (preWarTurns < 0) {
            throw new IllegalArgumentException("the number of pre-war turns is negative: " + preWarTurns);
        }
        java.util.Objects.requireNonNull(seaBorders, "seaBorders");
    }

    /** The protocol with {@code k} quiet turns before the onset. */
    public static ReplaySetup preWar(int k) {
        return new ReplaySetup(k, SeaBorders.NONE);
    }

    public ReplaySetup withSeaBorders(SeaBorders sea) {
        return new ReplaySetup(preWarTurns, sea);
    }
}
