package org.entente.engine.trace;

import java.util.List;

/**
 * A state that joined or left an alignment without treaty in a turn (docs/semantics.md §5a).
 *
 * @param kind    "balancing" (against {@code against}) or "bandwagon" ({@code state} follows {@code with}; against null)
 * @param formed  true when it joined this turn, false when it left
 * @param with    its partners in that alignment (before it left)
 * @param cause   the sentence with its cause, e.g. "France and Russia align against Germany: both balance against it since 1912"
 */
public record AlignmentChange(int year, String kind, boolean formed, String state, List<String> with, String against,
                              String cause) {
    public AlignmentChange { with = List.copyOf(with); }
}
