package org.entente.tests.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.validation.EntenteIssueCodes.*;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.entente.tests.EntenteInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(InjectionExtension.class)
@InjectWith(EntenteInjectorProvider.class)
class StructureValidationTest extends ValidationTestBase {

	@Test
	void duplicateStateNameIsOneErrorOnTheSecondName() {
		validate("""
				state France { }
				state France { military 2 }
				""");
		Issue issue = error(DUPLICATE_NAME, "France", 2);
		assertThat(issue.getMessage()).isEqualTo("A state named 'France' is already declared on line 1.");
		assertThat(data(issue)).contains("kind=state", "name=France", "firstLine=1");
	}

	@Test
	void treatiesShareOneNameSpaceButKindsAreSeparate() {
		validate("""
				state A { } state B { }
				alliance Pact1 { members A, B }
				guarantee Pact1 { by A to B }
				""");
		error(DUPLICATE_NAME, "Pact1", 3);
	}

	@Test
	void nearMissSameNameInDifferentKindsIsAllowed() {
		validate("""
				region Europe
				ideology Europe
				state A { } state B { }
				organization A { members A, B }
				""");
		none(DUPLICATE_NAME);
	}

	@Test
	void secondSettingsBlockIsAnError() {
		validate("""
				settings { threatFloor 0.3 }
				settings { lapseAfter 3 }
				""");
		Issue issue = error(DUPLICATE_SETTINGS, "settings { lapseAfter 3 }", 2);
	}

	@Test
	void nearMissOneSettingsBlock() {
		validate("settings { threatFloor 0.3 lapseAfter 3 }\n");
		clean();
	}

	@Test
	void stateBorderingItselfIsOnTheName() {
		validate("""
				state France { borders Belgium, France }
				state Belgium { }
				""");
		Issue issue = error(SELF_REFERENCE, "France", 1);
		assertThat(issue.getOffset()).isEqualTo(text.indexOf("France", 10));
		assertThat(issue.getMessage()).isEqualTo("France cannot border itself.");
		assertThat(data(issue)).contains("name=France");
	}

	@Test
	void selfReferenceInRelationsEventsAndExpectations() {
		validate("""
				scenario S from 1900 to 1910
				ideology Red opposes Red
				state A { }
				dispute A, A
				rivalry A, A
				threat A -> A high
				in 1901: A attacks A
				in 1902: peace A, A
				expect: A at war with A
				""");
		assertThat(withCode(SELF_REFERENCE)).extracting(Issue::getLineNumber).containsExactly(2, 4, 5, 6, 7, 8, 9);
		assertThat(withCode(SELF_REFERENCE)).extracting(Issue::getMessage).contains("The ideology Red cannot oppose itself.",
				"A cannot have a dispute with itself.", "A cannot threaten itself.", "A cannot attack itself.");
	}

	@Test
	void guaranteeingItselfIsGuarantorIsRecipient() {
		validate("""
				state A { } state B { }
				guarantee G { by A, B to A }
				""");
		Issue issue = error(GUARANTOR_IS_RECIPIENT, "A", 2);
		assertThat(issue.getOffset()).isEqualTo(offsetOf("A }", "to"));
		assertThat(data(issue)).contains("state=A", "treaty=G");
		none(TOO_FEW_PARTIES);
	}

	@Test
	void nearMissRelationsBetweenTwoStates() {
		validate("""
				ideology Red
				ideology Blue opposes Red
				state A { borders B } state B { borders A }
				dispute A, B
				rivalry A, B
				threat A -> B high
				guarantee G { by A to B }
				""");
		clean();
	}

	@Test
	void duplicateMemberIsAWarningOnTheRepeat() {
		validate("""
				state A { } state B { }
				alliance T { members A, B, A }
				""");
		Issue issue = warning(DUPLICATE_MEMBER, "A", 2);
		assertThat(issue.getOffset()).isEqualTo(text.lastIndexOf("A }"));
		assertThat(data(issue)).contains("name=A");
	}

	@Test
	void duplicateInBordersOrAgainstIsDuplicateReference() {
		validate("""
				state A { borders B, B } state B { } state C { }
				alliance T { members A, C defense against B, B }
				""");
		assertThat(withCode(DUPLICATE_REFERENCE)).hasSize(2);
		none(DUPLICATE_MEMBER);
	}

	@Test
	void nearMissDistinctMembers() {
		validate("""
				state A { } state B { } state C { }
				alliance T { members A, B, C }
				organization O { members A, B }
				""");
		clean();
	}

	@Test
	void treatyWithOneDistinctPartyIsAnError() {
		validate("""
				state A { }
				alliance Alone { members A }
				""");
		Issue issue = error(TOO_FEW_PARTIES, "Alone", 2);
		assertThat(issue.getMessage()).contains("only one party (A)");
	}

	@Test
	void guaranteeWithoutRecipientIsTooFewParties() {
		validate("""
				state A { } state B { }
				guarantee G { by A, B }
				""");
		error(TOO_FEW_PARTIES, "G", 2);
	}

	@Test
	void nearMissOneDeclaredMemberAndOneWhoJoins() {
		validate("""
				state A { } state B { }
				alliance T { members A }
				in 1900: B joins T
				""");
		none(TOO_FEW_PARTIES);
	}

	@Test
	void againstAMemberOfTheSameTreatyIsOnTheTarget() {
		validate("""
				state A { } state B { } state C { }
				alliance T { members A, B defense against C, B }
				""");
		Issue issue = error(AGAINST_OWN_PARTY, "B", 2);
		assertThat(issue.getOffset()).isEqualTo(text.lastIndexOf("B }"));
		assertThat(data(issue)).contains("state=B", "treaty=T");
	}

	@Test
	void nearMissAgainstANonMember() {
		validate("""
				state A { } state B { } state C { }
				alliance T { members A, B defense against C }
				""");
		none(AGAINST_OWN_PARTY);
	}

	@Test
	void anElementTheParserRepairedGetsOnlyTheSyntaxError() throws Exception {
		var model = parser.parse("state A { military -1 }\nin 1914 A attacks A\n");
		assertThat(model.eResource().getErrors()).isNotEmpty();
		var found = validation.validate(model);
		assertThat(found).extracting(Issue::getCode).doesNotContain(SELF_REFERENCE);
		assertThat(found).extracting(Issue::getCode).contains(NEGATIVE_CAPABILITY); // intact elements are still checked
	}

	@Test
	void stateOnBothSidesOfALandscape() {
		validate("""
				state A { } state B { } state C { }
				expect: landscape A, B | B, C
				""");
		error(LANDSCAPE_BOTH_SIDES, "B", 2);
	}
}
