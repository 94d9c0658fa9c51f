package org.entente.tests.scoping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.entente.entente.Alliance;
import org.entente.entente.EntentePackage;
import org.entente.entente.Event;
import org.entente.entente.Joining;
import org.entente.entente.Model;
import org.entente.entente.StateDecl;
import org.entente.tests.EntenteInjectorProvider;
import org.entente.validation.EntenteIssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

@ExtendWith(InjectionExtension.class)
@InjectWith(EntenteInjectorProvider.class)
class ScopingTest {

	@Inject
	private ParseHelper<Model> parser;
	@Inject
	private ValidationTestHelper validation;
	@Inject
	private Provider<XtextResourceSet> resourceSets;
	@Inject
	private IScopeProvider scopes;

	private static final String WORLD = """
			ideology Autocracy
			region Europe
			state Germany { ideology Autocracy region Europe }
			state Russia { }
			alliance Dual { members Germany, Russia }
			""";

	@Test
	void namesDeclaredInAnotherFileOfTheWorkspaceResolve() throws Exception {
		XtextResourceSet set = resourceSets.get();
		parser.parse(WORLD, URI.createURI("file:/ws/world.entente"), set);
		Model treaties = parser.parse("""
				state France { borders Germany }
				alliance FrancoRussian { members France, Russia defense against Germany }
				in 1914: France joins Dual
				""", URI.createURI("file:/ws/treaties.entente"), set);
		validation.assertNoErrors(treaties);
		Alliance fr = (Alliance) treaties.getElements().get(1);
		assertThat(fr.getMembers().get(1).eResource().getURI().lastSegment()).isEqualTo("world.entente");
	}

	@Test
	void aLocalDeclarationWinsOverOneInAnotherFile() throws Exception {
		XtextResourceSet set = resourceSets.get();
		parser.parse(WORLD, URI.createURI("file:/ws/world.entente"), set);
		Model local = parser.parse("state Germany { } state France { borders Germany }",
				URI.createURI("file:/ws/local.entente"), set);
		StateDecl france = (StateDecl) local.getElements().get(1);
		assertThat(france.getBorders().get(0).eResource()).isSameAs(local.eResource());
	}

	@Test
	void unknownNameIsAnUnresolvedNameError() throws Exception {
		Model model = parser.parse("state France { borders Atlantis }");
		validation.assertError(model, EntentePackage.Literals.STATE_DECL, EntenteIssueCodes.UNRESOLVED_NAME,
				"No state named 'Atlantis'");
	}

	@Test
	void bordersAcceptOnlyStates() throws Exception {
		Model model = parser.parse(WORLD + "state France { borders Autocracy }");
		validation.assertError(model, EntentePackage.Literals.STATE_DECL, EntenteIssueCodes.UNRESOLVED_NAME,
				"No state named 'Autocracy'");
	}

	@Test
	void treatyMembersAndAgainstTargetsAcceptOnlyStates() throws Exception {
		Model model = parser.parse(WORLD + "alliance X { members Germany, Europe defense against Dual }");
		validation.assertError(model, EntentePackage.Literals.ALLIANCE, EntenteIssueCodes.UNRESOLVED_NAME,
				"No state named 'Europe'");
		validation.assertError(model, EntentePackage.Literals.DEFENSE_CLAUSE, EntenteIssueCodes.UNRESOLVED_NAME,
				"No state named 'Dual'");
	}

	@Test
	void ideologyAndRegionResolveToTheirOwnKinds() throws Exception {
		Model model = parser.parse("""
				ideology Europe region Autocracy
				state A { ideology Autocracy region Europe }
				""");
		validation.assertError(model, EntentePackage.Literals.STATE_DECL, EntenteIssueCodes.UNRESOLVED_NAME,
				"No ideology named 'Autocracy'");
		validation.assertError(model, EntentePackage.Literals.STATE_DECL, EntenteIssueCodes.UNRESOLVED_NAME,
				"No region named 'Europe'");
	}

	@Test
	void joinsAndLeavesAndTreatyExpectationsResolveToTreaties() throws Exception {
		Model model = parser.parse(WORLD + """
				in 1914: Russia joins Germany
				in 1915: Russia leaves Dual
				expect: treaty Russia in force
				""");
		validation.assertError(model, EntentePackage.Literals.JOINING, EntenteIssueCodes.UNRESOLVED_NAME,
				"No treaty named 'Germany'");
		validation.assertError(model, EntentePackage.Literals.TREATY_STATUS, EntenteIssueCodes.UNRESOLVED_NAME,
				"No treaty named 'Russia'");
	}

	@Test
	void scopeForMembersOffersStatesOnly() throws Exception {
		Model model = parser.parse(WORLD + "alliance X { members Germany }");
		Alliance x = EcoreUtil2.getAllContentsOfType(model, Alliance.class).get(1);
		IScope scope = scopes.getScope(x, EntentePackage.Literals.ALLIANCE__MEMBERS);
		assertThat(names(scope)).containsExactly("Germany", "Russia");
	}

	@Test
	void scopeForJoinsOffersTreatiesOnly() throws Exception {
		Model model = parser.parse(WORLD + "in 1914: Russia joins Dual");
		Event event = EcoreUtil2.getAllContentsOfType(model, Event.class).get(0);
		EObject joining = event.getAction();
		IScope scope = scopes.getScope(joining, EntentePackage.Literals.JOINING__TREATY);
		assertThat(names(scope)).containsExactly("Dual");
	}

	@Test
	void everyElementOfAFileSeesTheSameNamesAsItsRoot() throws Exception {
		XtextResourceSet set = resourceSets.get();
		parser.parse(WORLD, URI.createURI("file:/ws/world.entente"), set);
		Model local = parser.parse("state France { } alliance X { members France, Russia defense against Germany }",
				URI.createURI("file:/ws/local.entente"), set);
		EObject clause = EcoreUtil2.getAllContentsOfType(local, Alliance.class).get(0).getClauses().get(0);
		List<String> fromClause = names(scopes.getScope(clause, EntentePackage.Literals.DEFENSE_CLAUSE__TARGETS));
		assertThat(fromClause).containsExactlyInAnyOrder("France", "Germany", "Russia");
		assertThat(names(scopes.getScope(local, EntentePackage.Literals.DEFENSE_CLAUSE__TARGETS))).isEqualTo(fromClause);
	}

	@Test
	void theScopeFollowsTheTextWhenTheFileChanges() throws Exception {
		Model model = parser.parse("state Germany { } state France { borders Germany }");
		StateDecl france = (StateDecl) model.getElements().get(1);
		assertThat(names(scopes.getScope(france, EntentePackage.Literals.STATE_DECL__BORDERS))).containsExactly("Germany", "France");
		XtextResource resource = (XtextResource) model.eResource();
		resource.reparse("state Prussia { } state France { borders Prussia }");
		StateDecl newFrance = (StateDecl) ((Model) resource.getContents().get(0)).getElements().get(1);
		assertThat(names(scopes.getScope(newFrance, EntentePackage.Literals.STATE_DECL__BORDERS))).containsExactly("Prussia", "France");
		assertThat(newFrance.getBorders().get(0).getName()).isEqualTo("Prussia");
	}

	private static List<String> names(IScope scope) {
		return java.util.stream.StreamSupport.stream(scope.getAllElements().spliterator(), false)
				.map(d -> d.getName().toString()).toList();
	}
}
