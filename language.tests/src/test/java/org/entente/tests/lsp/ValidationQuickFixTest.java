package org.entente.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.validation.EntenteIssueCodes.*;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every validation code that carries fix data gets a quick fix: the diagnostic is published, the
 * code action is asked for, its edit applied, and the resulting text compared and re-checked.
 */
class ValidationQuickFixTest extends AbstractEntenteLanguageServerTest {

	/**
	 * {@code text} with {@code from} (unique in it) replaced by {@code to} is the expected result of the fix
	 * {@code title}, one of the fixes {@code offered} (in the server's order: by title).
	 */
	record Case(String code, List<String> offered, String title, String text, String from, String to) {
		/** A diagnostic with one fix. */
		Case(String code, String title, String text, String from, String to) {
			this(code, List.of(title), title, text, from, to);
		}

		String expected() {
			assertThat(text.indexOf(from)).as("'" + from + "' is unique").isEqualTo(text.lastIndexOf(from)).isNotNegative();
			return text.replace(from, to);
		}

		@Override
		public String toString() {
			return code.substring(code.lastIndexOf('.') + 1);
		}
	}

	static Stream<Case> cases() {
		return Stream.of(
				new Case(DUPLICATE_NAME, "Remove this duplicate declaration of 'France'",
						"state France { }\nstate France { military 2 }\n", "state France { military 2 }\n", ""),
				new Case(SELF_REFERENCE, "Remove the self-reference to 'France'",
						"state France { borders Belgium, France }\nstate Belgium { }\n", "Belgium, France }", "Belgium }"),
				new Case(DUPLICATE_MEMBER, "Remove the duplicate member 'A'",
						"state A { } state B { }\nalliance T { members A, B, A }\n", "A, B, A }", "A, B }"),
				new Case(DUPLICATE_REFERENCE, "Remove the duplicate 'B'",
						"state A { borders B, B } state B { }\n", "borders B, B }", "borders B }"),
				new Case(GUARANTOR_IS_RECIPIENT, "Remove 'A' from the recipients",
						"state A { } state B { } state C { }\nguarantee G { by A, B to C, A }\n", "to C, A }", "to C }"),
				// the only recipient: removing it would leave no recipient, so the guarantor goes
				new Case(GUARANTOR_IS_RECIPIENT, "Remove 'Serbia' from the guarantors",
						"state Russia { } state Serbia { }\nguarantee P { by Russia, Serbia to Serbia defense }\n",
						"by Russia, Serbia to", "by Russia to"),
				new Case(AGAINST_OWN_PARTY, "Remove 'B' from the targets",
						"state A { } state B { } state C { }\nalliance T { members A, B defense against C, B }\n",
						"against C, B }", "against C }"),
				new Case(DUPLICATE_SETTINGS, "Remove this second settings block",
						"settings { threatFloor 0.3 }\nsettings { lapseAfter 3 }\n", "settings { lapseAfter 3 }\n", ""),
				new Case(LANDSCAPE_BOTH_SIDES, "Remove 'B' from the second side",
						"state A { } state B { } state C { }\nexpect: landscape A, B | B, C\n", "| B, C", "| C"),
				new Case(NEGATIVE_CAPABILITY, "Change size to 1", "state A { size -1 }\n", "size -1", "size 1"),
				new Case(FRACTION_OUT_OF_RANGE, "Change offensive to 1", "state A { offensive 1.2 }\n", "offensive 1.2", "offensive 1"),
				new Case(FORCES_OUT_OF_RANGE, "Change forces to 100%",
						"state A { } state B { } state C { }\nalliance T { members A, B defense against C forces 120% }\n",
						"forces 120%", "forces 100%"),
				new Case(EXPIRES_NOT_AFTER_SIGNED, "Swap the signed and expires years",
						"state A { } state B { }\nalliance T { members A, B signed 1930 expires 1920 }\n",
						"signed 1930 expires 1920", "signed 1920 expires 1930"),
				new Case(EXPIRES_NOT_AFTER_SIGNED, "Change expires to 1931",
						"state A { } state B { }\nalliance T { members A, B signed 1930 expires 1930 }\n",
						"expires 1930", "expires 1931"),
				new Case(YEAR_OUTSIDE_SCENARIO, "Change the year to 1914",
						"scenario S from 1914 to 1918\nstate A { } state B { }\nin 1913: A attacks B\n", "in 1913", "in 1914"),
				new Case(FROM_AFTER_TO, "Swap the from and to years", "scenario S from 1920 to 1910\n",
						"from 1920 to 1910", "from 1910 to 1920"),
				new Case(STEP_TOO_SMALL, "Change step to 1", "scenario S from 1900 to 1910 step 0\n", "step 0", "step 1"),
				new Case(SETTING_OUT_OF_RANGE, "Change threatFloor to 1", "settings { threatFloor 1.5 }\n",
						"threatFloor 1.5", "threatFloor 1"),
				new Case(CONFLICTING_DEFENSE, "Remove the conflicting pledge against 'Beta'", """
						scenario S from 1920 to 1940
						state Beta { } state Gamma { } state Delta { }
						alliance BetaDelta { members Beta, Delta signed 1930 defense against Gamma }
						alliance GammaDelta { members Gamma, Delta signed 1931 defense against Beta }
						""", "1931 defense against Beta }", "1931 defense }"),
				new Case(OFFENSE_AGAINST_NONAGGRESSION_PARTNER, "Remove 'Poland' from the offense targets", """
						scenario S from 1930 to 1945
						state Germany { } state Italy { } state Poland { } state France { }
						pact GermanPolish { members Germany, Poland signed 1934 nonaggression }
						alliance Axis { members Germany, Italy signed 1936 offense against Poland, France }
						""", "offense against Poland, France", "offense against France"),
				new Case(OFFENSE_AGAINST_NONAGGRESSION_PARTNER, "Remove 'Poland' from the offense targets", """
						scenario S from 1930 to 1945
						state Germany { } state Italy { } state Poland { }
						pact GermanPolish { members Germany, Poland signed 1934 nonaggression }
						alliance Axis { members Germany, Italy signed 1936 offense against Poland consultation }
						""", "1936 offense against Poland consultation", "1936 consultation"),
				new Case(NEUTRALITY_DEFENSE_CONFLICT, "Remove the pledge that conflicts with neutrality toward 'Russia'", """
						state Germany { } state Russia { } state AustriaHungary { }
						alliance DualAlliance { members Germany, AustriaHungary signed 1879 defense against Russia }
						pact Reinsurance { members Germany, Russia signed 1887 expires 1890 neutrality }
						""", "1879 defense against Russia }", "1879 defense }"),
				new Case(DEFENSE_AGAINST_ALLY, "Remove the ally 'B' from the targets", """
						state A { } state B { } state C { }
						alliance AB { members A, B signed 1900 defense }
						alliance AC { members A, C signed 1905 defense against B }
						""", "1905 defense against B }", "1905 defense }"),
				new Case(TREATY_NOT_IN_FORCE, "Remove this event", """
						scenario S from 1900 to 1920
						state A { } state B { } state C { }
						alliance T { members A, B signed 1905 expires 1915 defense }
						in 1901: C joins T
						""", "in 1901: C joins T\n", ""),
				new Case(ALREADY_A_PARTY, "Remove this event", """
						scenario S from 1900 to 1920
						state A { } state B { }
						alliance T { members A, B signed 1905 defense }
						in 1906: A joins T
						""", "in 1906: A joins T\n", ""),
				new Case(NOT_A_PARTY, "Remove this event", """
						state A { } state B { } state C { }
						alliance T { members A, B }
						in 1906: C leaves T
						""", "in 1906: C leaves T\n", ""),
				new Case(CHAIN_GANGING_RISK, "Add 'unless provoked'", """
						state Germany { intent revisionist } state AustriaHungary { intent aggressive } state Russia { }
						alliance Dual { members Germany, AustriaHungary defense against Russia }
						""", "defense against Russia }", "defense against Russia unless provoked }"),
				new Case(CHAIN_GANGING_RISK, "Add 'unless provoked'",
						"state A { intent 0.9 } state B { } state C { }\nguarantee G { by B to A defense forces 30% }\n",
						"defense forces 30%", "defense unless provoked forces 30%"),
				// the only item of a list that may be left out goes with its keyword
				new Case(SELF_REFERENCE, "Remove the self-reference to 'France'", "state France { borders France }\n",
						"{ borders France }", "{ }"),
				// the only target of an attack: the whole event goes
				new Case(SELF_REFERENCE, "Remove the self-reference to 'A'", "state A { }\nin 1914: A attacks A\n",
						"in 1914: A attacks A\n", ""),
				new Case(SETTING_OUT_OF_RANGE, "Change greatPower to 100%", "settings { greatPower 120% }\n",
						"greatPower 120%", "greatPower 100%"),
				new Case(SETTING_OUT_OF_RANGE, "Change lapseAfter to 1", "settings { lapseAfter 0 }\n",
						"lapseAfter 0", "lapseAfter 1"),
				new Case(DUPLICATE_CLAUSE, "Remove this duplicate clause", """
						state A { } state B { } state C { }
						alliance T1 { members A, B signed 1900 defense against C }
						alliance T2 { members B, A signed 1905 defense against C forces 20% }
						""", "signed 1905 defense against C forces 20% }", "signed 1905 }"),
				// two repairs: the event after the entry, or the entry before the event
				new Case(EVENT_BEFORE_ENTRY, List.of("Let 'ALB' enter in 1913", "Move the event to 1914"), "Move the event to 1914",
						ENTRANT + "in 1913: GRC attacks ALB\n", "in 1913", "in 1914"),
				new Case(EVENT_BEFORE_ENTRY, List.of("Let 'ALB' enter in 1913", "Move the event to 1914"), "Let 'ALB' enter in 1913",
						ENTRANT + "in 1913: GRC attacks ALB\n", "since 1914", "since 1913"),
				// an event before the scenario: moving it repairs both; an entry before the scenario would mean none
				new Case(EVENT_BEFORE_ENTRY, "Move the event to 1914", ENTRANT + "in 1910: peace GRC, ALB\n", "in 1910", "in 1914"),
				new Case(ENTRY_AFTER_SCENARIO, "Remove 'since' from 'ALB'",
						"scenario S from 1912 to 1916\nstate ALB \"Albania\" { military 1 since 1920 }\n", "{ military 1 since 1920 }",
						"{ military 1 }"),
				new Case(ENTRY_AFTER_SCENARIO, "Remove 'since' from 'ALB'", "scenario S from 1912 to 1916\nstate ALB {\n\tsince 1920\n}\n",
						"{\n\tsince 1920\n}", "{\n}"),
				new Case(EXPECTATION_BEFORE_ENTRY, "Move the expectation to 1914", ENTRANT + "expect in 1913: GRC at war with ALB\n",
						"in 1913", "in 1914"),
				new Case(EXPECTATION_BEFORE_ENTRY, "Move the expectation to 1914", ENTRANT + "expect by 1912: not ALB is secure\n",
						"by 1912", "by 1914"));
	}

	/** Albania enters the state system in 1914 (docs/semantics.md §1, "Entry"). */
	private static final String ENTRANT = """
			scenario Balkans from 1912 to 1916
			state ALB "Albania" { since 1914 } state GRC "Greece" { }
			""";

	/** A diagnostic and the fixes it gets where some repair would not apply. */
	record Offer(String code, String text, List<String> titles) {
		@Override
		public String toString() {
			return code.substring(code.lastIndexOf('.') + 1) + " " + titles;
		}
	}

	static Stream<Offer> offers() {
		String never = "scenario S from 1912 to 1916\nstate ALB { since 1920 } state GRC { }\n";
		return Stream.of(
				// the entry year is after the scenario: a moved event would be outside it
				new Offer(EVENT_BEFORE_ENTRY, never + "in 1913: GRC attacks ALB\n", List.of("Let 'ALB' enter in 1913")),
				// neither fits: the event is before the scenario and the entry after it
				new Offer(EVENT_BEFORE_ENTRY, never + "in 1911: ALB collapses\n", List.of()),
				// no year to move (an undated expectation is about the last year)
				new Offer(EXPECTATION_BEFORE_ENTRY, never + "expect: ALB is secure\n", List.of()),
				new Offer(EXPECTATION_BEFORE_ENTRY, never + "expect in 1914: ALB is secure\n", List.of()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("offers")
	void onlyTheFixesThatApplyAreOffered(Offer offer) throws Exception {
		String uri = openFile("offer.entente", offer.text());
		Diagnostic diagnostic = diagnosticsOf(uri).stream()
				.filter(d -> d.getCode() != null && offer.code().equals(d.getCode().getLeft())).findFirst().orElseThrow();
		assertThat(actionsFor(uri, diagnostic)).extracting(CodeAction::getTitle).containsExactlyElementsOf(offer.titles());
	}

	@Test
	void anEntrantDeclaredInAnotherFileIsNotEditedFromThisOne() throws Exception {
		openFile("states.entente", "state ALB \"Albania\" { since 1914 } state GRC { }\n");
		String uri = openFile("events.entente", "scenario Balkans from 1912 to 1916\nin 1913: GRC attacks ALB\n");
		Diagnostic diagnostic = diagnosticsOf(uri).stream()
				.filter(d -> d.getCode() != null && EVENT_BEFORE_ENTRY.equals(d.getCode().getLeft())).findFirst().orElseThrow();
		assertThat(actionsFor(uri, diagnostic)).extracting(CodeAction::getTitle).containsExactly("Move the event to 1914");
	}

	private List<CodeAction> actionsFor(String uri, Diagnostic diagnostic) throws Exception {
		return languageServer.codeAction(new CodeActionParams(doc(uri), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic)))).get().stream().filter(Either::isRight).map(Either::getRight).toList();
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("cases")
	void theFixRepairsTheText(Case c) throws Exception {
		String uri = openFile("fix.entente", c.text());
		List<Diagnostic> matching = diagnosticsOf(uri).stream()
				.filter(d -> d.getCode() != null && c.code().equals(d.getCode().getLeft())).toList();
		assertThat(matching).as("diagnostics %s", diagnosticsOf(uri)).isNotEmpty();
		Diagnostic diagnostic = matching.get(0);
		List<CodeAction> actions = actionsFor(uri, diagnostic);
		assertThat(actions).extracting(CodeAction::getTitle).containsExactlyElementsOf(c.offered());
		CodeAction chosen = actions.get(c.offered().indexOf(c.title()));
		String fixed = apply(c.text(), chosen.getEdit().getChanges().get(uri));
		assertThat(fixed).isEqualTo(c.expected());

		String fixedUri = openFile("fixed.entente", fixed);
		assertThat(diagnosticsOf(fixedUri)).as("the fixed text no longer has the problem")
				.noneMatch(d -> d.getCode() != null && c.code().equals(d.getCode().getLeft()) && sameLine(d, diagnostic));
		assertThat(diagnosticsOf(fixedUri)).as("and no syntax error").noneMatch(
				d -> d.getCode() != null && d.getCode().getLeft().contains("syntax"));
	}

	@Test
	void aGuarantorWhoIsTheOnlyRecipientIsRemovedFromTheGuarantorsAndNoErrorRemains() throws Exception {
		String text = "state Russia { } state Serbia { }\nguarantee P { by Russia, Serbia to Serbia defense }\n";
		String uri = openFile("serbia.entente", text);
		Diagnostic diagnostic = diagnosticsOf(uri).stream()
				.filter(d -> d.getCode() != null && GUARANTOR_IS_RECIPIENT.equals(d.getCode().getLeft())).findFirst().orElseThrow();
		List<CodeAction> actions = languageServer.codeAction(new CodeActionParams(doc(uri), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic)))).get().stream().filter(Either::isRight).map(Either::getRight).toList();
		String fixed = apply(text, actions.get(0).getEdit().getChanges().get(uri));
		String fixedUri = openFile("serbia-fixed.entente", fixed);
		assertThat(diagnosticsOf(fixedUri)).noneMatch(d -> d.getSeverity() == DiagnosticSeverity.Error);
	}

	private static boolean sameLine(Diagnostic a, Diagnostic b) {
		return a.getRange().getStart().getLine() == b.getRange().getStart().getLine();
	}
}
