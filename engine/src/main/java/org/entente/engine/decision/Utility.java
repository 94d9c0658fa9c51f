package org.entente.engine.decision;

import java.util.List;

/**
 * The utility of joining one side of a war: its terms in a fixed order and their sum.
 *
 * @param side    +1 the initiator's side, -1 the other side
 * @param enemies     the states the entrant would declare war on (indices)
 * @param obligations how many treaties oblige the state to join this side
 */
public record Utility(int side, List<Term> terms, double total, List<Integer> enemies, int obligations) {
    public Utility { terms = List.copyOf(terms); enemies = List.copyOf(enemies); }
}
