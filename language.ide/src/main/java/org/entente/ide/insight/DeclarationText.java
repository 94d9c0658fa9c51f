package org.entente.ide.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.entente.entente.Alliance;
import org.entente.entente.Clause;
import org.entente.entente.Intent;
import org.entente.entente.StateDecl;
import org.entente.engine.trace.Fmt;
import org.entente.entente.Treaty;

/** Turns declarations into short, readable text (names, numbers, clauses) for editor services. */
public class DeclarationText {

	/** "military 2.2 · economy 3.5 · population 65", only the declared ones. */
	public String capabilities(StateDecl state) {
		List<String> parts = new ArrayList<>();
		if (state.getMilitary() != null) {
			parts.add("military " + number(state.getMilitary()));
		}
		if (state.getEconomy() != null) {
			parts.add("economy " + number(state.getEconomy()));
		}
		if (state.getPopulation() != null) {
			parts.add("population " + number(state.getPopulation()));
		}
		return String.join(" · ", parts);
	}

	public String number(Double value) {
		if (value == null) {
			return "";
		}
		return Fmt.plain(value);
	}

	public String intent(Intent intent) {
		return intent.getWord() != null ? intent.getWord() : number(intent.getValue());
	}

	/** Names of referenced states as written, even when unresolved. */
	public String names(List<StateDecl> states) {
		return states.stream().map(s -> s.eIsProxy() ? "?" : s.getName()).collect(Collectors.joining(", "));
	}

	public String treatyKind(Treaty treaty) {
		return treaty instanceof Alliance a ? a.getKind().getLiteral() : "guarantee";
	}

	/** A clause as the user wrote it, whitespace normalised. */
	public String clause(Clause clause) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(clause);
		if (node == null) {
			return clause.eClass().getName();
		}
		return NodeModelUtils.getTokenText(node);
	}
}
