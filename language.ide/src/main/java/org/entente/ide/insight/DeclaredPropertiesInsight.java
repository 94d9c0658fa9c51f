package org.entente.ide.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.entente.entente.Alliance;
import org.entente.entente.Guarantee;
import org.entente.entente.Ideology;
import org.entente.entente.Region;
import org.entente.entente.StateDecl;
import org.entente.entente.Treaty;

import com.google.inject.Inject;

/** The scenario's declared properties, as written: no simulation. */
public class DeclaredPropertiesInsight implements ScenarioInsight {

	@Inject
	private DeclarationText text;

	@Override
	public String stateDetail(StateDecl state) {
		List<String> parts = new ArrayList<>();
		if (state.getTitle() != null) {
			parts.add(state.getTitle());
		}
		String capabilities = text.capabilities(state);
		if (!capabilities.isEmpty()) {
			parts.add(capabilities);
		}
		return parts.isEmpty() ? "state" : String.join(" — ", parts);
	}

	@Override
	public String stateInlayHint(StateDecl state) {
		return text.capabilities(state);
	}

	@Override
	public String stateHover(StateDecl state) {
		StringBuilder md = new StringBuilder();
		md.append("**state ").append(state.getName()).append("**");
		if (state.getTitle() != null) {
			md.append(" — ").append(state.getTitle());
		}
		md.append("\n\n");
		List<String> rows = new ArrayList<>();
		String capabilities = text.capabilities(state);
		rows.add("capabilities: " + (capabilities.isEmpty() ? "none declared" : capabilities));
		if (state.getOffensive() != null) {
			rows.add("offensive: " + text.number(state.getOffensive()));
		}
		if (state.getIntent() != null) {
			rows.add("intent: " + text.intent(state.getIntent()));
		}
		if (state.getIdeology() != null) {
			rows.add("ideology: " + ideologyName(state.getIdeology()));
		}
		if (state.getRegion() != null) {
			rows.add("region: " + regionName(state.getRegion()));
		}
		if (!state.getBorders().isEmpty()) {
			rows.add("borders: " + text.names(state.getBorders()));
		}
		if (state.getStability() != null) {
			rows.add("stability: " + text.number(state.getStability()));
		}
		if (state.getSize() != null) {
			rows.add("size: " + text.number(state.getSize()));
		}
		if (state.getSince() != null) {
			rows.add("in the state system from " + state.getSince());
		}
		md.append(rows.stream().map(r -> "- " + r).collect(Collectors.joining("\n")));
		return md.toString();
	}

	@Override
	public String treatyDetail(Treaty treaty) {
		String parties = treaty instanceof Guarantee g
				? text.names(g.getGuarantors()) + " → " + text.names(g.getRecipients())
				: text.names(((Alliance) treaty).getMembers());
		String title = treaty.getTitle() != null ? treaty.getTitle() + " — " : "";
		return title + text.treatyKind(treaty) + " of " + (parties.isEmpty() ? "no parties yet" : parties);
	}

	@Override
	public String treatyHover(Treaty treaty) {
		StringBuilder md = new StringBuilder();
		md.append("**").append(text.treatyKind(treaty)).append(' ').append(treaty.getName()).append("**");
		if (treaty.getTitle() != null) {
			md.append(" — ").append(treaty.getTitle());
		}
		md.append("\n\n");
		List<String> rows = new ArrayList<>();
		if (treaty instanceof Guarantee g) {
			rows.add("guarantors: " + orNone(text.names(g.getGuarantors())));
			rows.add("recipients: " + orNone(text.names(g.getRecipients())));
		} else {
			rows.add("members: " + orNone(text.names(((Alliance) treaty).getMembers())));
		}
		if (!treaty.getClauses().isEmpty()) {
			rows.add("clauses: " + treaty.getClauses().stream().map(text::clause).collect(Collectors.joining("; ")));
		} else {
			rows.add("clauses: none");
		}
		if (treaty.getSigned() != null) {
			rows.add("signed: " + treaty.getSigned());
		}
		if (treaty.getExpires() != null) {
			rows.add("expires: " + treaty.getExpires());
		}
		if (treaty.isDurable()) {
			rows.add("durable: never lapses for want of a common threat");
		}
		md.append(rows.stream().map(r -> "- " + r).collect(Collectors.joining("\n")));
		return md.toString();
	}

	private static String orNone(String names) {
		return names.isEmpty() ? "none" : names;
	}

	private static String ideologyName(Ideology ideology) {
		return ideology.eIsProxy() ? "(unresolved)" : ideology.getName();
	}

	private static String regionName(Region region) {
		return region.eIsProxy() ? "(unresolved)" : region.getName();
	}
}
