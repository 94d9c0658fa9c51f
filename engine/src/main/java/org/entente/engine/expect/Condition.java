package org.entente.engine.expect;

import java.util.List;
import org.entente.engine.model.Polarity;
import org.entente.engine.model.TreatyStatus;

/** What an expectation asserts about one turn. Describe with {@link #describe()}. */
public sealed interface Condition {
    String describe();

    record Balances(String state, String against) implements Condition {
        public String describe() { return state + " balances against " + against; }
    }
    record Bandwagons(String state, String with) implements Condition {
        public String describe() { return state + " bandwagons with " + with; }
    }
    record BuckPasses(String state) implements Condition {
        public String describe() { return state + " buck-passes"; }
    }
    record SoftBalances(String state, String against) implements Condition {
        public String describe() { return state + " soft-balances against " + against; }
    }
    record Omnibalances(String state) implements Condition {
        public String describe() { return state + " omnibalances"; }
    }
    record Secure(String state) implements Condition {
        public String describe() { return state + " is secure"; }
    }
    record AtWar(String a, String b) implements Condition {
        public String describe() { return a + " at war with " + b; }
    }
    record Allied(String a, String b) implements Condition {
        public String describe() { return a + " allied with " + b; }
    }
    record TreatyIs(String treaty, TreatyStatus status) implements Condition {
        public String describe() { return "treaty " + treaty + " " + status.word(); }
    }
    /** {@code polarity P} counts great powers (Waltz); {@code bloc polarity P} ({@code blocs}) the blocs that are poles. */
    record PolarityIs(Polarity polarity, boolean blocs) implements Condition {
        public String describe() { return (blocs ? "bloc polarity " : "polarity ") + polarity.word(); }
    }
    record Landscape(List<String> sideA, List<String> sideB) implements Condition {
        public Landscape { sideA = List.copyOf(sideA); sideB = List.copyOf(sideB); }
        public String describe() { return "landscape " + String.join(", ", sideA) + " | " + String.join(", ", sideB); }
    }

    static Condition balances(String state, String against) { return new Balances(state, against); }
    static Condition bandwagons(String state, String with) { return new Bandwagons(state, with); }
    static Condition buckPasses(String state) { return new BuckPasses(state); }
    static Condition softBalances(String state, String against) { return new SoftBalances(state, against); }
    static Condition omnibalances(String state) { return new Omnibalances(state); }
    static Condition secure(String state) { return new Secure(state); }
    static Condition atWar(String a, String b) { return new AtWar(a, b); }
    static Condition allied(String a, String b) { return new Allied(a, b); }
    static Condition treaty(String treaty, TreatyStatus status) { return new TreatyIs(treaty, status); }
    static Condition polarity(Polarity polarity) { return new PolarityIs(polarity, false); }
    static Condition blocPolarity(Polarity polarity) { return new PolarityIs(polarity, true); }
    static Condition landscape(List<String> sideA, List<String> sideB) { return new Landscape(sideA, sideB); }
}
