package org.entente.engine.trace;

/**
 * A state's reason in words ({@link StateTurn#reason()}), kept in two parts and rendered on demand. A
 * fighting state's reason is its own words and then its enemies' names ("A is fighting " + "B, C, …"): in a
 * world war hundreds of states name the same hundreds of enemies every turn, so the enemies' words are one
 * string shared by every state on the same sides, not a copy per state (docs/performance.md, "Shared
 * reason words"). Every other reason is one string. Equal reasons have equal text, however they are split.
 */
public final class Reason {
    private final String head;
    private final String tail;

    private Reason(String head, String tail) {
        this.head = head;
        this.tail = tail;
    }

    /** A reason given as one string. */
    public static Reason of(String text) { return new Reason(text, ""); }

    /** A reason whose text is {@code head} followed by {@code sharedTail}, a string shared with other reasons. */
    public static Reason of(String head, String sharedTail) { return new Reason(head, sharedTail); }

    /** The length of the text. */
    public int length() { return head.length() + tail.length(); }

    /** Appends the text without building it first. */
    public StringBuilder appendTo(StringBuilder sb) { return sb.append(head).append(tail); }

    /** The text (built on each call when it has two parts). */
    @Override
    public String toString() { return tail.isEmpty() ? head : head.concat(tail); }

    /** Equal when the texts are (rare, and never on a run's path: built once for the comparison). */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Reason r && r.length() == length() && r.toString().equals(toString());
    }

    /** The text's {@code String} hash. */
    @Override
    public int hashCode() { return toString().hashCode(); }
}
