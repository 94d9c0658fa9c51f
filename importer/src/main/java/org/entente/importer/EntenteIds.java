package org.entente.importer;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns COW abbreviations into Entente (Xtext) IDs.
 *
 * <ul>
 *   <li>a valid ID ({@code [A-Za-z_][A-Za-z0-9_]*}) that is not a keyword is used as is ({@code GMY});</li>
 *   <li>a keyword gets Xtext's escape prefix {@code ^} ({@code state} would become {@code ^state});
 *       keywords are case-sensitive, so no upper-case COW abbreviation is affected in practice;</li>
 *   <li>anything else has each invalid character replaced by {@code _} and, when it would start
 *       with a digit or be empty, the prefix {@code S_} ({@code 1AB} becomes {@code S_1AB}).</li>
 * </ul>
 */
public final class EntenteIds {

    private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /**
     * The keywords of the Entente grammar (docs/language.md); hyphenated ones ({@code status-quo}) by
     * their parts. The language tests check that this list is the grammar's (ImporterKeywordsTest).
     */
    public static final Set<String> KEYWORDS = Set.of(
            "scenario", "from", "to", "step", "seed",
            "settings", "weights", "power", "proximity", "offensive", "intent", "threatFloor",
            "greatPower", "armsGrowth", "lapseAfter", "poleShare", "decision", "priors", "fitted", "baseRate",
            "threatBalancing", "bandwagoning", "coBelligerence", "exposure", "contagion", "buckPassing", "chainGanging",
            "ideology", "opposes", "region",
            "state", "military", "economy", "population", "aggressive", "revisionist", "status", "quo",
            "defensive", "borders", "stability", "size", "doctrine", "great", "since", "reliability",
            "organization", "members", "actor", "kind", "ngo", "corporation", "armed", "group", "targets",
            "strength", "sponsor",
            "dispute", "rivalry", "propensity", "threat", "low", "medium", "high",
            "alliance", "pact", "entente", "guarantee", "by", "signed", "expires", "durable",
            "defense", "against", "in", "unless", "provoked", "forces", "offense", "neutrality",
            "nonaggression", "consultation", "sanctions",
            "attacks", "alongside", "annexes", "collapses", "arms", "joins", "leaves", "peace",
            "expect", "not", "balances", "bandwagons", "with", "buck", "passes", "soft", "omnibalances",
            "is", "secure", "at", "war", "allied", "treaty", "force", "lapsed", "breached", "expired",
            "polarity", "bloc", "unipolar", "bipolar", "multipolar", "landscape");

    private EntenteIds() {
    }

    /** The Entente ID for a name (see the class comment for the escape rules). */
    public static String of(String name) {
        if (ID.matcher(name).matches()) {
            return KEYWORDS.contains(name) ? "^" + name : name;
        }
        StringBuilder sb = new StringBuilder();
        for (char c : name.toCharArray()) {
            sb.append((c < 128 && (Character.isLetterOrDigit(c) || c == '_')) ? c : '_');
        }
        String s = sb.toString();
        if (s.isEmpty() || Character.isDigit(s.charAt(0))) {
            s = "S_" + s;
        }
        return s;
    }

    /** A double-quoted Entente string literal. */
    public static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
