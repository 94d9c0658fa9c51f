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

    /** The options of the "every triggered ally joins" run: the first model's join rule (docs/semantics.md §6b). */
    public static SimulationOptions alliesOptions() {
        return SimulationOptions.defaults().withJoinRule(SimulationOptions.JoinRule.TREATIES);
    }

    /** The "nobody joins" pair-years, computed without simulation. */
    public static Set<PairYear> nobody(HistoryCase historyCase) {
        return historyCase.openingPairYears();
    }
}
