package org.entente.engine.decision;

import java.util.List;

/**
 * One state's decision about one war in one turn: the utilities of both sides, the probabilities of
 * the three options and the choice (+1 initiator's side, -1 the other side, 0 stay out).
 */
public record Decision(String state, int war, String sideAName, String sideBName, Utility initiatorSide,
                       Utility otherSide, double pOut, double pInitiator, double pOther, int choice) {

    /** The same decision with another choice (+1, -1 or 0; {@link ChoiceOverride}): utilities and probabilities unchanged. */
    public Decision withChoice(int option) {
        if (option < -1 || option > 1) throw new IllegalArgumentException("a choice is +1, -1 or 0, not " + option);
        return option == choice ? this
                : new Decision(state, war, sideAName, sideBName, initiatorSide, otherSide, pOut, pInitiator, pOther, option);
    }

    public Utility chosen() { return choice > 0 ? initiatorSide : choice < 0 ? otherSide : null; }

    public Utility side(int sign) { return sign > 0 ? initiatorSide : otherSide; }

    /** The best option not taken: the better side when staying out, else the better of staying out and the other side. */
    public int alternative() {
        if (choice == 0) return initiatorSide.total() >= otherSide.total() ? 1 : -1;
        Utility other = side(-choice);
        return other.total() > 0 ? -choice : 0;
    }

    public double probability(int option) { return option > 0 ? pInitiator : option < 0 ? pOther : pOut; }

    /** "AustriaHungary's side" for +1, "Serbia's side" for -1, "staying out" for 0. */
    public String optionName(int option) {
        return option > 0 ? sideAName + "'s side" : option < 0 ? sideBName + "'s side" : "staying out";
    }

    public List<Term> terms(int option) { return option == 0 ? List.of() : side(option).terms(); }

    public double utility(int option) { return option == 0 ? 0 : side(option).total(); }
}
