package org.entente.ide.symbols;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.entente.entente.EntentePackage;

/** One symbol kind per kind of declaration, and the outline group it belongs to. */
public enum DeclarationKinds {
	SCENARIO("Scenario", SymbolKind.Module),
	IDEOLOGY("Ideologies", SymbolKind.Enum),
	REGION("Regions", SymbolKind.Namespace),
	STATE("States", SymbolKind.Class),
	ORGANIZATION("Organizations", SymbolKind.Struct),
	ACTOR("Actors", SymbolKind.Object),
	RELATION("Relations", SymbolKind.Operator),
	TREATY("Treaties", SymbolKind.Interface),
	EVENT("Events", SymbolKind.Event),
	EXPECTATION("Expectations", SymbolKind.Boolean),
	OTHER("Other", SymbolKind.Property);

	private final String group;
	private final SymbolKind symbolKind;

	DeclarationKinds(String group, SymbolKind symbolKind) {
		this.group = group;
		this.symbolKind = symbolKind;
	}

	public String group() {
		return group;
	}

	public SymbolKind symbolKind() {
		return symbolKind;
	}

	public static DeclarationKinds of(EClass type) {
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
}
