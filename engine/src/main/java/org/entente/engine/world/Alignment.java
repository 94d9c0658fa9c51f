package org.entente.engine.world;

/**
 * One alignment without treaty between two states, as {@link Alignments} reports it (docs/semantics.md
 * §5a): both balance against the same threat ({@link Kind#BALANCING}, {@code against} is that threat),
 * or {@code a} bandwagons with {@code b} ({@link Kind#BANDWAGON}, {@code against} -1).
 *
 * @param cause the sentence the trace printed when the later of the two joined
 */
public record Alignment(Kind kind, int a, int b, int against, String cause) {
    public enum Kind { BALANCING, BANDWAGON }
}
