package org.entente.parser;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.DefaultFragmentProvider;
import org.entente.entente.EntentePackage;

/**
 * Reports a syntax error at the token its message names (see EntenteSyntaxErrorMessageProvider), and
 * makes EMF's URI fragment of an element without searching the file's top-level elements for it.
 */
public class EntenteResource extends LazyLinkingResource {

	/** The positions of the top-level elements, as of the last time one was looked up (see indexOf). */
	private volatile Positions positions;

	private record Positions(List<?> list, Map<Object, Integer> index) {
	}

	@Override
	protected void addSyntaxDiagnostic(List<Diagnostic> diagnostics, INode node) {
		PositionedSyntaxDiagnostic positioned = PositionedSyntaxDiagnostic.of(node);
		if (positioned != null) {
			diagnostics.add(positioned);
		} else {
			super.addSyntaxDiagnostic(diagnostics, node);
		}
	}

	/**
	 * The same fragment as EMF's ({@code //@elements.12/@clauses.0}), which every diagnostic carries. EMF
	 * finds an element's position in its container's list by a linear search: with tens of thousands of
	 * top-level elements, the fragments of a large file's warnings took a tenth of {@code entente check}
	 * (docs/performance.md, "Cold start"). Here the position of a top-level element is looked up in an
	 * index of the list; every other case is left to EMF.
	 */
	@Override
	public String getURIFragment(EObject eObject) {
		String fragment = unloadingContents == null && getFragmentProvider() != null
				&& getFragmentProvider().getClass() == DefaultFragmentProvider.class ? pathFragment(eObject) : null;
		return fragment != null ? fragment : super.getURIFragment(eObject);
	}

	/**
	 * EMF's path fragment of an element below a root of this resource (ResourceImpl.getURIFragment: no ID,
	 * one segment per level up to the root), or null for any other case.
	 */
	private String pathFragment(EObject eObject) {
		InternalEObject object = (InternalEObject) eObject;
		if (object.eDirectResource() != null || EcoreUtil.getID(object) != null) {
			return null;
		}
		Deque<String> segments = new ArrayDeque<>();
		while (true) {
			InternalEObject container = object.eInternalContainer();
			if (container == null || getIDForEObject(container) != null) {
				return null;
			}
			segments.push(segment(container, object));
			object = container;
			if (container.eDirectResource() == this) {
				break;
			}
			if (container.eDirectResource() != null) {
				return null;
			}
		}
		// the root's own fragment ("/" and its position among the roots), then one segment per level
		return super.getURIFragment(object) + "/" + String.join("/", segments);
	}

	private String segment(InternalEObject container, InternalEObject child) {
		EStructuralFeature feature = child.eContainingFeature();
		if (feature != EntentePackage.Literals.MODEL__ELEMENTS) {
			return container.eURIFragmentSegment(feature, child);
		}
		EList<?> list = (EList<?>) container.eGet(feature, false);
		return "@" + feature.getName() + "." + indexOf(list, child);
	}

	/** The same as list.indexOf(child): an index of the list, checked on every look-up, remade when stale. */
	private int indexOf(List<?> list, Object child) {
		Positions known = positions;
		Integer at = known != null && known.list() == list ? known.index().get(child) : null;
		if (at == null || at >= list.size() || list.get(at) != child) {
			Map<Object, Integer> index = new IdentityHashMap<>(list.size() * 2);
			for (int i = list.size() - 1; i >= 0; i--) {
				index.put(list.get(i), i); // the first occurrence wins, as in indexOf
			}
			positions = new Positions(list, index);
			at = index.get(child);
		}
		return at == null ? -1 : at;
	}
}
