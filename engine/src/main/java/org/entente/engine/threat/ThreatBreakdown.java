package org.entente.engine.threat;

import java.util.List;

/**
 * The Walt threat score T(from, to) with every term and modifier, for explanations and hovers.
 * {@code value = clamp(raw)} for computed scores; declared and war scores replace it.
 *
 * @param hops border-graph distance, -1 when unreachable
 */
public record ThreatBreakdown(String from, String to, double rel, double powerTerm, int hops, double proximity,
                              double proximityTerm, double offensive, double offensiveTerm, double intent,
                              double intentTerm, List<Modifier> modifiers, double raw, double value, Source source) {
    public enum Source { COMPUTED, DECLARED, WAR }

    public ThreatBreakdown { modifiers = List.copyOf(modifiers); }
}
