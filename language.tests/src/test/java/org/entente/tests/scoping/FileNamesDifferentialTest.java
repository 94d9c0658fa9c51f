package org.entente.tests.scoping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.entente.loading.ScenarioLoader;
import org.entente.synth.ScenarioSynthesizer;
import org.entente.tests.EntenteInjectorProvider;
import org.entente.tests.EntenteTestFiles;

import com.google.inject.Injector;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The scope of Entente (a file's own names looked up in a hash map, docs/performance.md "Cold start")
 * against Xtext's default scoping ({@link ImportedNamespaceAwareLocalScopeProvider}): for every
 * cross-reference of a file, from the element that holds it, each name (those written, every name the
 * file declares, their other spellings, unknown names) resolves to the same element or to none, and
 * the lists of all names are the same.
 */
class FileNamesDifferentialTest {

	private static EntenteInjectorProvider provider;
	private static Injector injector;

	@BeforeContainer
	static void setUp() {
		provider = new EntenteInjectorProvider();
		provider.setupRegistry();
		injector = provider.getInjector();
	}

	@AfterContainer
	static void tearDown() {
		provider.restoreRegistry();
	}

	@Example
	void everyFileOfTheRepositoryResolvesAsXtextsDefault() throws IOException {
		List<Path> files = EntenteTestFiles.allEntenteFiles();
		assertThat(files).hasSizeGreaterThanOrEqualTo(8);
		for (Path file : files) {
			assertThat(assertSameAsXtext(Files.readString(file), file.getFileName().toString())).as("look-ups in %s", file).isPositive();
		}
	}

	@Example
	void aSynthesizedFileResolvesAsXtextsDefault() {
		assertThat(assertSameAsXtext(ScenarioSynthesizer.generate(120, 500, 11), "synth.entente")).isGreaterThan(10_000);
	}

	/** Declarations drawn from a few names, so that names repeat, clash across kinds and differ only in case. */
	@Property(tries = 60, seed = "20261128", shrinking = ShrinkingMode.OFF)
	void namesResolveAsXtextsDefaultWhateverTheDeclarations(@ForAll("files") String text) {
		assertSameAsXtext(text, "random.entente");
	}

	@Provide
	Arbitrary<String> files() {
		Arbitrary<String> name = Arbitraries.of("A", "B", "a", "Ab", "AB", "C");
		Arbitrary<String> names = name.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(", ", l));
		Arbitrary<String> element = Arbitraries.oneOf(
				name.map(n -> "ideology " + n + "\n"),
				name.map(n -> "region " + n + "\n"),
				Combinators.combine(name, names, name, name)
						.as((n, b, i, r) -> "state " + n + " { borders " + b + " ideology " + i + " region " + r + " }\n"),
				Combinators.combine(name, names, names)
						.as((n, m, t) -> "alliance " + n + " { members " + m + " defense against " + t + " }\n"),
				Combinators.combine(name, name).as((s, t) -> "in 1900: " + s + " joins " + t + "\n"),
				Combinators.combine(name, name).as((s, t) -> "dispute " + s + ", " + t + "\n"));
		return element.list().ofMinSize(1).ofMaxSize(12).map(l -> String.join("", l));
	}

	/** Compares every look-up; returns how many were compared. */
	private static int assertSameAsXtext(String text, String fileName) {
		XtextResource resource = injector.getInstance(ScenarioLoader.class).loadText(Path.of("/tmp/differential/" + fileName), text);
		IScopeProvider entente = resource.getResourceServiceProvider().get(IScopeProvider.class);
		ImportedNamespaceAwareLocalScopeProvider xtext = injector.getInstance(ImportedNamespaceAwareLocalScopeProvider.class);
		Set<String> probes = new LinkedHashSet<>();
		resource.getAllContents().forEachRemaining(o -> {
			Object name = o.eClass().getEStructuralFeature("name") == null ? null : o.eGet(o.eClass().getEStructuralFeature("name"));
			if (name instanceof String s) {
				probes.add(s);
				probes.add(s.toLowerCase());
				probes.add(s.toUpperCase());
			}
		});
		probes.add("NoSuchName");
		// a large file: the names written at each reference, and a few dozen others
		List<String> sample = probes.stream().limit(60).toList();
		Set<String> listsCompared = new LinkedHashSet<>();
		List<EObject> all = new ArrayList<>();
		resource.getAllContents().forEachRemaining(all::add);
		int compared = 0;
		for (EObject context : all) {
			for (EReference reference : context.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer()) {
					continue;
				}
				Set<String> names = new LinkedHashSet<>();
				for (INode node : NodeModelUtils.findNodesForFeature(context, reference)) {
					names.add(NodeModelUtils.getTokenText(node));
				}
				names.addAll(sample);
				IScope ours = entente.getScope(context, reference);
				IScope theirs = xtext.getScope(context, reference);
				for (String n : names) {
					QualifiedName qn = QualifiedName.create(n);
					assertThat(target(ours.getSingleElement(qn))).as("%s: %s.%s '%s'", fileName, context.eClass().getName(),
							reference.getName(), n).isSameAs(target(theirs.getSingleElement(qn)));
					compared++;
				}
				if (listsCompared.add(context.eClass().getName() + "." + reference.getName())) {
					assertThat(names(ours.getAllElements())).isEqualTo(names(theirs.getAllElements()));
				}
			}
		}
		return compared;
	}

	private static EObject target(IEObjectDescription description) {
		return description == null ? null : description.getEObjectOrProxy();
	}

	private static List<String> names(Iterable<IEObjectDescription> descriptions) {
		return StreamSupport.stream(descriptions.spliterator(), false)
				.map(d -> d.getName() + "@" + d.getEObjectURI()).toList();
	}
}
