package org.entente.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Rename refuses what would change the meaning of the file or not parse, with a message, not a stack trace. */
class RenameRefusalTest extends AbstractEntenteLanguageServerTest {

	private static final String EUROPE = """
			state UnitedKingdom { borders France }
			state France { borders UnitedKingdom }
			alliance Entente { members UnitedKingdom, France }
			""";

	@Test
	void renamingOntoANameDeclaredInTheSameFileIsRefused() throws Exception {
		String uri = openFile("europe.entente", EUROPE);
		ResponseError error = errorOf(languageServer.rename(new RenameParams(doc(uri), positionOf(EUROPE, "UnitedKingdom", 1), "France")));
		assertThat(error.getCode()).isEqualTo(ResponseErrorCode.InvalidParams.getValue());
		assertThat(error.getMessage()).isEqualTo("entente: cannot rename UnitedKingdom to France: a state named France is already declared (europe.entente, line 2).");
		assertThat(error.getData()).isNull();
	}

	@Test
	void renamingOntoANameDeclaredInAnotherVisibleFileIsRefused() throws Exception {
		writeFile("others.entente", "state Spain { }\n");
		String uri = openFile("europe.entente", EUROPE);
		ResponseError error = errorOf(languageServer.rename(new RenameParams(doc(uri), positionOf(EUROPE, "UnitedKingdom", 1), "Spain")));
		assertThat(error.getMessage()).isEqualTo("entente: cannot rename UnitedKingdom to Spain: a state named Spain is already declared (others.entente, line 1).");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1abc", "Two Words", "", "state", "Fr-ance" })
	void renamingToSomethingThatIsNotANameIsRefused(String newName) throws Exception {
		String uri = openFile("europe.entente", EUROPE);
		ResponseError error = errorOf(languageServer.rename(new RenameParams(doc(uri), positionOf(EUROPE, "France", 1), newName)));
		assertThat(error.getCode()).isEqualTo(ResponseErrorCode.InvalidParams.getValue());
		assertThat(error.getMessage()).startsWith("entente: '" + newName + "' is not a valid name: ");
		assertThat(error.getData()).isNull();
	}
}
