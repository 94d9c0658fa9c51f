package org.entente.engine.trace;

import java.util.List;
import org.entente.engine.model.PostureKind;
import org.entente.engine.threat.ThreatBreakdown;

/**
 * One living state at the end of one turn. Capabilities are the values used in this turn's power
 * computation (internal arming and soft balancing take effect next turn).
 *
 * @param primaryThreat   the state with the largest threat score, or null when alone
 * @param breakdown       the breakdown of T(state, primaryThreat), or null
 * @param postureTarget   balanced/soft-balanced against, bandwagoned with, passed the buck to, or omnibalance partner
 * @param coalition       C(i) (balance-related postures), empty otherwise
 * @param arms            internal balancing this turn: military × (1 + armsGrowth) from next turn
 * @param bloc            id of the state's bloc this turn
 * @param why             the reason in words ({@link #reason()}), kept in parts that states share
 * @param threats         every T(state, j), only for states the run was asked to explain
 */
public record StateTurn(String name, double military, double economy, double population, double shareMilitary,
                        double shareEconomy, double sharePopulation, double power, boolean greatPower,
                        String primaryThreat, double threat, ThreatBreakdown breakdown, double domesticThreat,
                        PostureKind posture, String postureTarget, List<String> coalition, double coalitionPower,
                        double threatPower, boolean arms, List<String> enemies, int bloc, Reason why,
                        List<ThreatBreakdown> threats) {
    /** The reason in words, e.g. "France balances against Germany: threat 0.78 (…)"; built on each call. */
    public String reason() { return why.toString(); }
}
