package org.entente.engine.model;

import java.util.List;

/** A scripted event of year {@link #year()}, applied in declaration order at step 1 of its turn. */
public sealed interface Event {
    int year();

    /** A short description in words, e.g. "AustriaHungary attacks Serbia". */
    String describe();

    /** The states the event names, in its order. */
    List<String> states();

    /**
     * {@code attacker attacks targets}, opening a new war; with {@code alongside} (nullable) a second front of the
     * war that state fights: the attacker enters it on the ally's side (docs/semantics.md §1, "Attacks alongside").
     */
    record Attack(int year, String attacker, List<String> targets, String alongside) implements Event {
        public Attack {
            Names.require(attacker, "attacker");
            targets = Names.freeze(targets);
            if (alongside != null) Names.require(alongside, "ally");
        }
        public Attack(int year, String attacker, List<String> targets) { this(year, attacker, targets, null); }
        public String describe() {
            return attacker + " attacks " + String.join(", ", targets) + (alongside == null ? "" : " alongside " + alongside);
        }
        public List<String> states() {
            List<String> out = new java.util.ArrayList<>(List.of(attacker));
            out.addAll(targets);
            if (alongside != null) out.add(alongside);
            return out;
        }
    }

    record Annex(int year, String annexer, String annexed) implements Event {
        public Annex { Names.require(annexer, "annexer"); Names.require(annexed, "annexed state"); }
        public String describe() { return annexer + " annexes " + annexed; }
        public List<String> states() { return List.of(annexer, annexed); }
    }

    record Collapse(int year, String state) implements Event {
        public Collapse { Names.require(state, "collapsing state"); }
        public String describe() { return state + " collapses"; }
        public List<String> states() { return List.of(state); }
    }

    /** {@code ID arms +40%}: military × (1 + fraction); fraction 0.4 means +40%. */
    record Arms(int year, String state, double fraction) implements Event {
        public Arms { Names.require(state, "arming state"); }
        public String describe() {
            return state + " arms " + (fraction >= 0 ? "+" : "") + String.format(java.util.Locale.ROOT, "%.0f%%", fraction * 100);
        }
        public List<String> states() { return List.of(state); }
    }

    record Join(int year, String state, String treaty) implements Event {
        public Join { Names.require(state, "joining state"); Names.require(treaty, "treaty"); }
        public String describe() { return state + " joins " + treaty; }
        public List<String> states() { return List.of(state); }
    }

    record Leave(int year, String state, String treaty) implements Event {
        public Leave { Names.require(state, "leaving state"); Names.require(treaty, "treaty"); }
        public String describe() { return state + " leaves " + treaty; }
        public List<String> states() { return List.of(state); }
    }

    record Peace(int year, String a, String b) implements Event {
        public Peace { Names.require(a, "peace party"); Names.require(b, "peace party"); }
        public String describe() { return "peace " + a + ", " + b; }
        public List<String> states() { return List.of(a, b); }
    }

    static Event attack(int year, String attacker, String... targets) { return new Attack(year, attacker, Names.list(targets)); }
    /** {@code attacker attacks targets alongside ally}: a second front of the war the ally fights. */
    static Event attackAlongside(int year, String attacker, String ally, String... targets) {
        return new Attack(year, attacker, Names.list(targets), Names.require(ally, "ally"));
    }
    static Event annex(int year, String annexer, String annexed) { return new Annex(year, annexer, annexed); }
    static Event collapse(int year, String state) { return new Collapse(year, state); }
    /** @param fraction signed fraction: 0.40 for {@code +40%}, -0.2 for {@code -20%} */
    static Event arms(int year, String state, double fraction) { return new Arms(year, state, fraction); }
    static Event join(int year, String state, String treaty) { return new Join(year, state, treaty); }
    static Event leave(int year, String state, String treaty) { return new Leave(year, state, treaty); }
    static Event peace(int year, String a, String b) { return new Peace(year, a, b); }
}
