package org.entente.validation;

/**
 * Every diagnostic code Entente reports, in one place. Codes are stable: tools and quick fixes key
 * off them, and docs/validation.md lists them.
 *
 * <p>Issue data: every diagnostic of the validator carries a list of {@code key=value} strings that
 * name what the message names (states, treaties, years, values), listed on each constant. They carry
 * no text edits: a quick fix computes its edit from the model when it is applied, at the element or
 * list item the diagnostic points at.
 */
public final class EntenteIssueCodes {

	private EntenteIssueCodes() {
	}

	private static final String PREFIX = "org.entente.";

	/** A text that does not follow the grammar. */
	public static final String SYNTAX_ERROR = "syntax-error";
	/** A name that no declaration in the file or the workspace carries. Data: kind, name (positional). */
	public static final String UNRESOLVED_NAME = PREFIX + "unresolved-name";

	// ------------------------------------------------------------------ structure

	/** Error. Two declarations of one kind with one name. Data: kind, name, firstLine. Fix: remove this declaration. */
	public static final String DUPLICATE_NAME = PREFIX + "duplicate-name";
	/** Error. A state bordering, threatening, disputing, rivalling, attacking... itself; an ideology opposing itself. Data: name. Fix: remove the reference (the whole declaration or event when it is not a list item). */
	public static final String SELF_REFERENCE = PREFIX + "self-reference";
	/** Warning. A state listed twice among the members (guarantors, recipients) of a treaty or organization. Data: name. Fix: remove the repeat. */
	public static final String DUPLICATE_MEMBER = PREFIX + "duplicate-member";
	/** Error. {@code X attacks ... alongside X}. Data: name. */
	public static final String ALLY_IS_ATTACKER = PREFIX + "ally-is-attacker";
	/** Error. {@code X attacks Y alongside Y}. Data: attacker, ally. */
	public static final String ALLY_IS_TARGET = PREFIX + "ally-is-target";
	/** Warning. {@code alongside A} where no earlier event has A attack or be attacked: the engine opens a new war unless A joined one by then. Data: ally, year. */
	public static final String ALLY_NOT_AT_WAR = PREFIX + "ally-not-at-war";
	/** Warning. A name listed twice in borders, opposes, against, attack targets or a landscape side. Data: name. Fix: remove the repeat. */
	public static final String DUPLICATE_REFERENCE = PREFIX + "duplicate-reference";
	/** Error. A treaty with fewer than two distinct parties (a guarantee without guarantor or recipient). Data: treaty, parties (comma-separated, may be empty). */
	public static final String TOO_FEW_PARTIES = PREFIX + "too-few-parties";
	/**
	 * Error. A state that both gives and receives the same guarantee. Data: state, treaty, from
	 * ({@code recipients} or {@code guarantors}: the list whose removal leaves a valid guarantee, empty
	 * when none does). Fix: remove the state from that list (none when {@code from} is empty).
	 */
	public static final String GUARANTOR_IS_RECIPIENT = PREFIX + "guarantor-is-recipient";
	/** Error. A clause {@code against} a party of its own treaty. Data: state, treaty. Fix: remove the target. */
	public static final String AGAINST_OWN_PARTY = PREFIX + "against-own-party";
	/** Error. A second {@code settings} block in one file. Data: none. Fix: remove the block. */
	public static final String DUPLICATE_SETTINGS = PREFIX + "duplicate-settings";
	/** Error. A state on both sides of a {@code landscape} expectation. Data: name. Fix: remove it from side B. */
	public static final String LANDSCAPE_BOTH_SIDES = PREFIX + "landscape-both-sides";

	// ------------------------------------------------------------------ ranges and dates

	/** Error. A negative military, economy, population, size or strength. Data: property, value. Fix: the absolute value. */
	public static final String NEGATIVE_CAPABILITY = PREFIX + "negative-capability";
	/** Error. {@code offensive}, a numeric {@code intent}, {@code stability} or a numeric threat level outside 0..1. Data: property, value. Fix: the nearer bound. */
	public static final String FRACTION_OUT_OF_RANGE = PREFIX + "fraction-out-of-range";
	/** Error. {@code forces} below 0% or over 100%. Data: value. Fix: the nearer bound. */
	public static final String FORCES_OUT_OF_RANGE = PREFIX + "forces-out-of-range";
	/** Error. {@code arms} of -100% or less (a military that would vanish or turn negative). Data: state, value. */
	public static final String ARMS_OUT_OF_RANGE = PREFIX + "arms-out-of-range";
	/** Error. {@code expires} in or before the {@code signed} year. Data: treaty, signed, expires. Fix: swap them, or expires := signed + 1. */
	public static final String EXPIRES_NOT_AFTER_SIGNED = PREFIX + "expires-not-after-signed";
	/** Error. An event or expectation year outside the scenario's {@code from..to}. Data: year, from, to. Fix: the nearer bound. */
	public static final String YEAR_OUTSIDE_SCENARIO = PREFIX + "year-outside-scenario";
	/** Error. {@code from} after {@code to}. Data: from, to. Fix: swap them. */
	public static final String FROM_AFTER_TO = PREFIX + "from-after-to";
	/** Error. {@code step} below 1. Data: step. Fix: 1. */
	public static final String STEP_TOO_SMALL = PREFIX + "step-too-small";
	/** Error. A number beyond what the model computes (docs/validation.md): a capability over 10^15, |propensity| over 10^6, an arms change over 10000%, or a literal too large for a double. Data: property, value, max. */
	public static final String NUMBER_TOO_LARGE = PREFIX + "number-too-large";
	/** Error. A year (header, event, expectation, signed, expires) over 9999. Data: year, max. */
	public static final String YEAR_OUT_OF_RANGE = PREFIX + "year-out-of-range";
	/** Error. A scenario of more turns than can be simulated (1000). Data: turns, max. */
	public static final String SCENARIO_TOO_LONG = PREFIX + "scenario-too-long";
	/** Error. A setting out of its range (negative weight, threatFloor outside 0..1, percent outside 0..100, lapseAfter below 1, a decision weight beyond ±50). Data: setting, value, min, max (none: no upper bound), unit ({@code %} or empty). Fix: the nearer bound. */
	public static final String SETTING_OUT_OF_RANGE = PREFIX + "setting-out-of-range";
	/** Warning. A {@code settings { decision ... }} weight whose sign is not the theory's (a term's weight below 0, a base rate of 0 or more); the run uses it as written. Data: setting, value, weight (its symbol, e.g. βT). */
	public static final String DECISION_WEIGHT_AGAINST_THEORY = PREFIX + "decision-weight-against-theory";

	// ------------------------------------------------------------------ commitments

	/** Error. A state pledged to defend B against C and C against B in one year (unless both pledges are {@code unless provoked}). Data: state, defended, against, treaty, otherTreaty, year. Fix: remove the target at fault. */
	public static final String CONFLICTING_DEFENSE = PREFIX + "conflicting-defense";
	/** Warning (the engine resolves the collision by lex posterior, the loser is breached). An offense clause against a state the attacker has a nonaggression treaty with. Data: state, target, treaty, otherTreaty, year. Fix: remove the target. */
	public static final String OFFENSE_AGAINST_NONAGGRESSION_PARTNER = PREFIX + "offense-against-nonaggression-partner";
	/** Warning (the engine resolves the collision by lex posterior, the loser is breached). Neutrality promised to Y while pledged to defend against Y. Data: state, partner, treaty (the later), otherTreaty, year. Fix: remove the target at fault (its clause when it is the only one). */
	public static final String NEUTRALITY_DEFENSE_CONFLICT = PREFIX + "neutrality-defense-conflict";
	/** Error. A defense pledge against a state one is allied with (a treaty with offense or unconditional defense) in the same year. Data: state, ally, treaty, otherTreaty, year. Fix: remove the target. */
	public static final String DEFENSE_AGAINST_ALLY = PREFIX + "defense-against-ally";
	/** Error. A state's pledged forces total more than 100% in one year. Data: state, year, total, treaties (comma-separated). */
	public static final String FORCES_OVERCOMMITTED = PREFIX + "forces-overcommitted";
	/** Error. {@code joins}/{@code leaves} of a treaty not in force that year. Data: state, treaty, year, signed, expires (empty when not written). Fix: remove the event. */
	public static final String TREATY_NOT_IN_FORCE = PREFIX + "treaty-not-in-force";
	/** Error. {@code joins} of a treaty the state is already a party of. Data: state, treaty, year. Fix: remove the event. */
	public static final String ALREADY_A_PARTY = PREFIX + "already-a-party";
	/** Error. {@code leaves} of a treaty the state is not a party of. Data: state, treaty, year. Fix: remove the event. */
	public static final String NOT_A_PARTY = PREFIX + "not-a-party";
	/** Warning. An {@code attacks} event between parties of a treaty in force with defense, neutrality or nonaggression. Data: attacker, target, treaty, year. */
	public static final String ATTACK_BREACHES_TREATY = PREFIX + "attack-breaches-treaty";
	/** Warning. An unconditional defense of an aggressive or revisionist ally. Data: treaty, allies (comma-separated). Fix: add {@code unless provoked}. */
	public static final String CHAIN_GANGING_RISK = PREFIX + "chain-ganging-risk";
	/** Warning. The same clause twice between the same parties in one year. Data: treaty, otherTreaty, year. Fix: remove this clause. */
	public static final String DUPLICATE_CLAUSE = PREFIX + "duplicate-clause";

	/** Error. An event (attack, annexation, collapse, arms, joins, leaves, peace) naming a state in a year before its {@code since} (it is not in the state system yet; the engine ignores it there). Data: state, since, year, from, to (the scenario's years, empty when not written), sameFile ({@code true} when the state is declared in this file). Fix: move the event to {@code since} (when that is not after {@code to}); let the state enter in the event's year (when it is within {@code from..to} and the state is declared in this file). */
	public static final String EVENT_BEFORE_ENTRY = PREFIX + "event-before-entry";
	/** Warning. A state's {@code since} after the scenario's last year: it never enters. Data: state, since, to. Fix: remove {@code since} (the state is in the system from the start). */
	public static final String ENTRY_AFTER_SCENARIO = PREFIX + "entry-after-scenario";
	/** Warning. An expectation about a state in a year before its {@code since} (an expectation without a year: the last year). Data: state, since, year, timing ({@code in} or {@code by}; empty when the expectation has no year), to (empty when not written). Fix: move the expectation to {@code since} (when it has a year and {@code since} is not after {@code to}). */
	public static final String EXPECTATION_BEFORE_ENTRY = PREFIX + "expectation-before-entry";

	/** The short form shown to users: "unresolved-name" rather than "org.entente.unresolved-name". */
	public static String shortCode(String code) {
		if (code == null) {
			return "problem";
		}
		if (code.startsWith(PREFIX)) {
			return code.substring(PREFIX.length());
		}
		return switch (code) {
			case org.eclipse.xtext.diagnostics.Diagnostic.SYNTAX_DIAGNOSTIC -> SYNTAX_ERROR;
			case org.eclipse.xtext.diagnostics.Diagnostic.LINKING_DIAGNOSTIC -> "unresolved-name";
			default -> {
				int dot = code.lastIndexOf('.');
				yield dot >= 0 ? code.substring(dot + 1) : code;
			}
		};
	}
}
