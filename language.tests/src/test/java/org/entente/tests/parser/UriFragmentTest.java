package org.entente.tests.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.entente.entente.Model;
import org.entente.tests.EntenteInjectorProvider;
import org.entente.tests.EntenteTestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * EntenteResource makes an element's URI fragment without EMF's linear search (docs/performance.md,
 * "Cold start"): every fragment must be the one EMF makes, and lead back to the element.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(EntenteInjectorProvider.class)
class UriFragmentTest {

	@Inject
	private ParseHelper<Model> parser;
	@Inject
	private Provider<XtextResourceSet> resourceSets;

	/** EMF's own fragment of an element of a file with one root: "/" and its path from the root, EMF's segments. */
	private static String emfFragment(EObject object) {
		EObject root = EcoreUtil.getRootContainer(object);
		return root == object ? "/" : "//" + EcoreUtil.getRelativeURIFragmentPath(root, object);
	}

	@Test
	void everyFragmentOfEveryExampleIsEmfsAndLeadsBack() throws Exception {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(EntenteTestFiles.examples())) {
			files = walk.filter(p -> p.toString().endsWith(".entente")).sorted().toList();
		}
		assertThat(files).isNotEmpty();
		for (Path file : files) {
			XtextResourceSet set = resourceSets.get();
			Model model = parser.parse(Files.readString(file), URI.createFileURI(file.toString()), set);
			assertSameFragments((XtextResource) model.eResource());
		}
	}

	@Test
	void fragmentsStayRightWhenTopLevelElementsMove() throws Exception {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 300; i++) {
			text.append("state S").append(i).append(" { military 1 }\n");
		}
		text.append("alliance A { members S1, S2 defense against S3 nonaggression }\n");
		Model model = parser.parse(text, URI.createURI("file:/ws/many.entente"), resourceSets.get());
		XtextResource resource = (XtextResource) model.eResource();
		assertSameFragments(resource);
		// the index is checked on every look-up: moving, removing and adding elements keeps fragments right
		model.getElements().move(0, 250);
		model.getElements().remove(10);
		model.getElements().add(5, EcoreUtil.copy(model.getElements().get(100)));
		assertSameFragments(resource);
	}

	private static void assertSameFragments(XtextResource resource) {
		List<EObject> all = new ArrayList<>();
		for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			all.add(it.next());
		}
		assertThat(all).isNotEmpty();
		for (EObject object : all) {
			String fragment = resource.getURIFragment(object);
			assertThat(fragment).isEqualTo(emfFragment(object));
			assertThat(resource.getEObject(fragment)).isSameAs(object);
		}
	}
}
