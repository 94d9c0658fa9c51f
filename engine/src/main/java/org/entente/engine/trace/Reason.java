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

    @Override
    public boolean equals(Object o) {
        if (o == this) return true;
        if (!(o instanceof Reason r) || r.length() != length()) return false;
        // compare the texts piecewise, without building either
        Reason shorterHead = head.length() <= r.head.length() ? this : r, other = shorterHead == this ? r : this;
        int h = shorterHead.head.length();
        return other.head.startsWith(shorterHead.head)
                && other.head.regionMatches(h, shorterHead.tail, 0, other.head.length() - h)
                && shorterHead.tail.regionMatches(other.head.length() - h, other.tail, 0, other.tail.length());
    }

    @Override
    public int hashCode() {
        int hash = 0;
        for (int k = 0; k < head.length(); k++) hash = 31 * hash + head.charAt(k);
        for (int k = 0; k < tail.length(); k++) hash = 31 * hash + tail.charAt(k);
        return hash; // String's hash of the text
    }
}
