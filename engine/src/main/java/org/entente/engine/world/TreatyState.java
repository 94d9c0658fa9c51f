package org.entente.engine.world;

import java.util.ArrayList;
import java.util.List;
import org.entente.engine.model.Clause;
import org.entente.engine.model.ClauseType;
import org.entente.engine.model.Treaty;
import org.entente.engine.model.TreatyKind;
import org.entente.engine.model.TreatyStatus;
import org.entente.engine.treaty.LexPosterior;

/** Runtime state of one treaty: current parties (after joins, leaves, annexations), status, lapse counter. */
public final class TreatyState {
    public final Treaty def;
    public final int index;
    /** Members (alliance/pact/entente) or guarantors (guarantee). */
    public final List<Integer> members = new ArrayList<>();
    /** Recipients (guarantee only). */
    public final List<Integer> recipients = new ArrayList<>();
    public TreatyStatus status = TreatyStatus.PENDING;
    /** Common threat for the lapse rule: the against targets, or fixed at entry into force. */
    public final List<Integer> commonThreat = new ArrayList<>();
    public boolean commonThreatFixed;
    public int quietTurns;
    /** In the calendar's list of the treaties it may still change ({@link World#calendar}). */
    boolean onCalendar;
    /** Counts the changes of its parties reported to {@link World#treatyChanged} (see {@link #revision}). */
    int revision;
    public final boolean defense, offense, neutrality, nonaggression, bloc;
    /** The definition is a guarantee: its members are the guarantors ({@link Treaty#isGuarantee}). */
    public final boolean guarantee;
    /** Neutrality, nonaggression, consultation or an entente: the affinity graph's restraint tie (asked every turn). */
    public final boolean promisesRestraint;
    /** The definition's {@code durable}, here so that the lapse rule's pass over thousands of treaties in force each turn reads no definition. */
    public final boolean durable;
    /**
     * The definition's signed and expiry years, unboxed, with whether each is given: the calendar reads them for
     * each of thousands of pending treaties every turn (docs/performance.md, "Simulation").
     */
    public final boolean hasSigned, hasExpiry;
    public final int signedYear, expiryYear;
    /** An attack between two parties breaches it when in force ({@link Treaty#restraints}). */
    private final boolean restrains;
    /** Effective date for lex posterior: signed year, or Integer.MIN_VALUE when unsigned. */
    public final int date;
    /** The definition's clauses by type, filtered once (the war and posture steps ask for them per attack and per state). */
    public final List<Clause> defenseClauses, offenseClauses, neutralityClauses;

    public TreatyState(Treaty def, int index) {
        this.def = def;
        this.index = index;
        this.defense = def.has(ClauseType.DEFENSE);
        this.offense = def.has(ClauseType.OFFENSE);
        this.neutrality = def.has(ClauseType.NEUTRALITY);
        this.nonaggression = def.has(ClauseType.NONAGGRESSION);
        this.bloc = defense || offense;
        this.guarantee = def.isGuarantee();
        this.promisesRestraint = neutrality || nonaggression || def.has(ClauseType.CONSULTATION) || def.kind() == TreatyKind.ENTENTE;
        this.restrains = !def.restraints().isEmpty();
        this.durable = def.durable();
        this.hasSigned = def.signed() != null;
        this.signedYear = hasSigned ? def.signed() : 0;
        this.hasExpiry = def.expires() != null;
        this.expiryYear = hasExpiry ? def.expires() : 0;
        this.date = LexPosterior.date(def.signed());
        this.defenseClauses = List.copyOf(def.clauses(ClauseType.DEFENSE));
        this.offenseClauses = List.copyOf(def.clauses(ClauseType.OFFENSE));
        this.neutralityClauses = List.copyOf(def.clauses(ClauseType.NEUTRALITY));
    }

    public boolean inForce() { return status == TreatyStatus.IN_FORCE; }

    /**
     * A count that grows with every change of {@link #members} or {@link #recipients} reported to
     * {@link World#treatyChanged}: a step that kept what it derived from the parties knows when to redo it.
     */
    public int revision() { return revision; }

    public boolean isParty(int s) { return contains(members, s) || contains(recipients, s); }

    public boolean isMember(int s) { return contains(members, s); }

    public boolean isRecipient(int s) { return contains(recipients, s); }

    /** {@code list.contains(s)} without boxing s: this runs for every treaty on every attack and coalition. */
    public static boolean contains(List<Integer> list, int s) {
        for (int k = 0, size = list.size(); k < size; k++) if (list.get(k) == s) return true;
        return false;
    }

    /** All parties in order (members/guarantors, then recipients). */
    public List<Integer> parties() {
        if (recipients.isEmpty()) return members;
        List<Integer> out = new ArrayList<>(members);
        for (Integer r : recipients) if (!out.contains(r)) out.add(r);
        return out;
    }

    /** Whether this treaty is more recent than the other (lex posterior; equal dates: later declaration wins). */
    public boolean laterThan(TreatyState other) {
        return LexPosterior.later(date, index, other.date, other.index);
    }

    /**
     * The softening modifier applies, and an attack between two parties breaches it: in force with
     * defense, neutrality or nonaggression ({@link Treaty#restraints}).
     */
    public boolean softens() { return inForce() && restrains; }

    /**
     * Whether its defense pledges protect s: a member of an alliance, pact or entente, a recipient of
     * a guarantee ({@link Treaty#beneficiaries}). The pledges are owed by {@link #members}: the other
     * members, or the guarantors ({@link Treaty#pledgers}).
     */
    public boolean protects(int s) { return def.isGuarantee() ? isRecipient(s) : isMember(s); }
}
