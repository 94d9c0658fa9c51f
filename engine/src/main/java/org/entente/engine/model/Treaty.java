package org.entente.engine.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A treaty as declared. For {@link TreatyKind#GUARANTEE} the parties are guarantors then recipients;
 * otherwise {@code members}.
 *
 * @param signed  year of entry into force, or null (in force from the start)
 * @param expires year it expires, or null
 * @param reliability probability 0..1 that a party honours a triggered obligation (or keeps a restraint
 *                    clause); null: the prior by clause type and era (docs/semantics.md §6)
 */
public record Treaty(String name, String fullName, TreatyKind kind, List<String> members, List<String> guarantors,
                     List<String> recipients, Integer signed, Integer expires, boolean durable, List<Clause> clauses,
                     Double reliability) {

    /** One treaty on its own, built like {@link ScenarioBuilder#treaty} builds it (used by the validator's calendar). */
    public static Treaty of(String name, TreatyKind kind, Consumer<TreatyBuilder> spec) {
        TreatyBuilder builder = new TreatyBuilder(name, kind);
        spec.accept(builder);
        return builder.build();
    }

    public Treaty {
        Names.require(name, "treaty name");
        if (kind == null) kind = TreatyKind.ALLIANCE;
        members = Names.freeze(members);
        guarantors = Names.freeze(guarantors);
        recipients = Names.freeze(recipients);
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
    }

    public boolean isGuarantee() { return kind == TreatyKind.GUARANTEE; }

    /** All parties in declaration order (members, or guarantors then recipients), no duplicates. */
    public List<String> parties() {
        if (!isGuarantee()) return members;
        List<String> out = new ArrayList<>(guarantors);
        for (String r : recipients) if (!out.contains(r)) out.add(r);
        return List.copyOf(out);
    }

    public boolean has(ClauseType type) {
        for (Clause c : clauses) if (c.type() == type) return true;
        return false;
    }

    public List<Clause> clauses(ClauseType type) {
        List<Clause> out = new ArrayList<>();
        for (Clause c : clauses) if (c.type() == type) out.add(c);
        return out;
    }

    /**
     * The clause types an attack of one party on another breaches: defense, neutrality and
     * nonaggression (docs/semantics.md §6b, rule 1), those of this treaty in clause order, each once.
     * Empty when an attack between its parties breaches nothing.
     */
    public List<ClauseType> restraints() {
        List<ClauseType> out = new ArrayList<>();
        for (Clause c : clauses) if (restrains(c.type()) && !out.contains(c.type())) out.add(c.type());
        return out;
    }

    /** Whether an attack between two parties of a treaty with a clause of this type breaches it. */
    public static boolean restrains(ClauseType type) {
        return type == ClauseType.DEFENSE || type == ClauseType.NEUTRALITY || type == ClauseType.NONAGGRESSION;
    }

    /**
     * Of {@code parties} (this treaty's parties in some year, {@link org.entente.engine.treaty.TreatyCalendar#members}),
     * those who owe its pledges: all of them, or a guarantee's guarantors; a state that joins a
     * guarantee becomes a guarantor (docs/semantics.md §6b, rule 2).
     */
    public List<String> pledgers(List<String> parties) {
        if (!isGuarantee()) return parties;
        List<String> out = new ArrayList<>();
        for (String p : parties) if (!recipients.contains(p)) out.add(p);
        return out;
    }

    /** Of {@code parties}, those its pledges protect: all of them, or a guarantee's recipients (§6b, rule 2). */
    public List<String> beneficiaries(List<String> parties) {
        if (!isGuarantee()) return parties;
        List<String> out = new ArrayList<>();
        for (String p : parties) if (recipients.contains(p)) out.add(p);
        return out;
    }

    public String label() { return fullName == null || fullName.isBlank() ? name : fullName; }
}
