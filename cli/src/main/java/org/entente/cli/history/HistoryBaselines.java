package org.entente.cli.history;

import java.util.Set;

import org.entente.engine.sim.SimulationOptions;
import org.entente.importer.history.HistoryCase;
import org.entente.importer.history.PairYear;

/**
 * The two baselines printed beside the model ({@code docs/validation-against-history.md}).
 */
public final class HistoryBaselines {

    /** A baseline's name on the command line and in reports. */
    public enum Baseline {
        /** Only the scripted opening pairs are at war, every year of the war: nobody joins. */
        nobody,
        /** Every triggered ally joins: the first model's treaty rule (docs/semantics.md §6). */
        allies
    }

    private HistoryBaselines() {
    }

    /**
     * The options of the "every triggered ally joins" run. Today's engine honours every triggered
     * clause, so this is {@link SimulationOptions#defaults()}; the decision model (issue 12) switches
     * this one line to the legacy join rule.
     */
    public static SimulationOptions alliesOptions() {
        return SimulationOptions.defaults();
    }

    /** The "nobody joins" pair-years, computed without simulation. */
    public static Set<PairYear> nobody(HistoryCase historyCase) {
        return historyCase.openingPairYears();
    }
}
