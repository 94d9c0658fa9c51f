package org.entente.engine.landscape;

/** One of the two coalitions of a landscape configuration. Side {@link #A} always holds the first declared actor. */
public enum Side {
    A, B;

    public Side opposite() {
        return this == A ? B : A;
    }
}
