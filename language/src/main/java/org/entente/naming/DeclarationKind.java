package org.entente.naming;

import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.entente.entente.EntentePackage;

/**
 * The kinds of declaration a file holds, each with the word users know for it. The one mapping from
 * the grammar's types: duplicate-name checks, unresolved-name messages, outline symbols, semantic
 * tokens, rename and quick fixes all ask it. The order is the outline's order of groups.
 */
public enum DeclarationKind {
	SCENARIO("scenario"),
	IDEOLOGY("ideology"),
	REGION("region"),
	STATE("state"),
	ORGANIZATION("organization"),
	ACTOR("actor"),
	RELATION("relation"),
	TREATY("treaty"),
	EVENT("event"),
	EXPECTATION("expectation"),
	OTHER("declaration");

	private final String word;

	DeclarationKind(String word) {
		this.word = word;
	}

	/** The keyword-like word for the kind: {@code state}, {@code treaty} (all treaty keywords), ... */
	public String word() {
		return word;
	}

	/** Kinds whose declarations carry a name others refer to; a name is unique within its kind. */
	public boolean named() {
		return switch (this) {
			case IDEOLOGY, REGION, STATE, ORGANIZATION, ACTOR, TREATY -> true;
			default -> false;
		};
	}

	public static DeclarationKind of(EObject declaration) {
		return of(declaration.eClass());
	}

	public static DeclarationKind of(EClass type) {
		EntentePackage p = EntentePackage.eINSTANCE;
		if (type == p.getScenarioHeader()) {
			return SCENARIO;
		}
		if (type == p.getIdeology()) {
			return IDEOLOGY;
		}
		if (type == p.getRegion()) {
			return REGION;
		}
		if (type == p.getStateDecl()) {
			return STATE;
		}
		if (type == p.getOrganization()) {
			return ORGANIZATION;
		}
		if (type == p.getActor()) {
			return ACTOR;
		}
		if (p.getTreaty().isSuperTypeOf(type)) {
			return TREATY;
		}
		if (type == p.getDispute() || type == p.getRivalry() || type == p.getPropensity() || type == p.getThreatDecl()) {
			return RELATION;
		}
		if (type == p.getEvent()) {
			return EVENT;
		}
		if (type == p.getExpectation()) {
			return EXPECTATION;
		}
		return OTHER;
	}

	/** The kind a word names ({@code state}, {@code region}, ...), as issue data carries it. */
	public static Optional<DeclarationKind> ofWord(String word) {
		for (DeclarationKind kind : values()) {
			if (kind.word.equals(word)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}
}
