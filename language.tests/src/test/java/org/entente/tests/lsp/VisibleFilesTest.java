package org.entente.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * The editor sees what {@code entente check} sees (docs/language.md, "Which files a scenario sees"):
 * the file and the other .entente files of its folder, not those of subfolders or parent folders.
 */
class VisibleFilesTest extends AbstractEntenteLanguageServerTest {

	@Test
	void aNameDeclaredOnlyInASubfolderIsUnresolved() throws Exception {
		writeFile("history/balkans.entente", "state Serbia { }\n");
		String text = "state Austria { borders Serbia }\n";
		String uri = openFile("austria.entente", text);
		List<Diagnostic> diagnostics = diagnosticsOf(uri);
		assertThat(diagnostics).anyMatch(d -> d.getCode() != null
				&& d.getCode().getLeft().equals("org.entente.unresolved-name") && d.getMessage().getLeft().contains("Serbia"));
	}

	@Test
	void aNameDeclaredInTheSameFolderResolves() throws Exception {
		writeFile("history/balkans.entente", "state Serbia { }\n");
		String text = "state Austria { borders Serbia }\n";
		String uri = openFile("history/austria.entente", text);
		assertThat(diagnosticsOf(uri)).isEmpty();
	}

	@Test
	void completionOffersOnlyTheStatesTheFileCanSee() throws Exception {
		writeFile("history/balkans.entente", "state Serbia { }\n");
		writeFile("neighbours.entente", "state Belgium { }\n");
		String text = "state Austria { borders  }\n";
		String uri = openFile("austria.entente", text);
		List<String> labels = labels(complete(uri, after(text, "borders ")));
		assertThat(labels).contains("Austria", "Belgium").doesNotContain("Serbia");
	}
}
