package org.entente.importer.history;

/**
 * One opening attack of a war ({@code data/war_openings.csv}): the act the harness scripts; every
 * other entry is left to the model. {@code method} is {@code derived}, {@code chosen} or
 * {@code added} ({@code data/README.md}).
 */
public record Opening(int war, int year, int attackerCcode, String attacker, int targetCcode, String target,
        String method, String source) {
}
