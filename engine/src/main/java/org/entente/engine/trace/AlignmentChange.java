package org.entente.engine.trace;

/**
 * An alignment without treaty that formed or dissolved in a turn (docs/semantics.md §5a).
 *
 * @param kind    "balancing" (a and b balance against {@code against}) or "bandwagon" (a follows b; against null)
 * @param formed  true when it formed this turn, false when it dissolved
 * @param cause   the sentence with its cause, e.g. "France and Russia align against Germany: both balance against it since 1912"
 */
public record AlignmentChange(int year, String kind, boolean formed, String a, String b, String against, String cause) {
}
