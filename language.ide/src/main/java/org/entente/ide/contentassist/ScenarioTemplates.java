package org.entente.ide.contentassist;

import java.util.List;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;

/** Snippets for whole declarations, offered where a declaration may start. */
public class ScenarioTemplates {

	/** Snippet text in LSP syntax: ${n:placeholder}, $0 the final caret. */
	public record Template(String label, String description, String body) {
	}

	public static final Template STATE = new Template("state … { … }", "New state with capabilities",
			"state ${1:Name} \"${2:Full name}\" {\n"
					+ "\tmilitary ${3:1.0} economy ${4:1.0} population ${5:10}\n"
					+ "\tintent ${6|status-quo,defensive,revisionist,aggressive|}\n"
					+ "\tborders ${7:Neighbour}\n"
					+ "}$0");

	public static final Template ALLIANCE = new Template("alliance … { … }", "New defensive alliance",
			"alliance ${1:Name} \"${2:Full name}\" {\n"
					+ "\tmembers ${3:StateA}, ${4:StateB}\n"
					+ "\tsigned ${5:1900}\n"
					+ "\tdefense against ${6:Rival} unless provoked\n"
					+ "}$0");

	public List<Template> declarations() {
		return List.of(STATE, ALLIANCE);
	}

	public ContentAssistEntry toEntry(Template template, String prefix) {
		ContentAssistEntry entry = new ContentAssistEntry();
		entry.setPrefix(prefix);
		entry.setLabel(template.label());
		entry.setDescription(template.description());
		entry.setProposal(template.body());
		entry.setKind(ContentAssistEntry.KIND_SNIPPET);
		return entry;
	}
}
