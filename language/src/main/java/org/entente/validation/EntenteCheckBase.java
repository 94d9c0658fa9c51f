package org.entente.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.entente.entente.EntentePackage;

/**
 * Shared helpers of the Entente validators (structure, ranges, commitments). The concrete classes
 * are composed into {@link EntenteValidator} and never register themselves.
 *
 * <p>Issue data is a list of {@code key=value} strings (see {@link EntenteIssueCodes} for the keys of
 * each code). Text edits are given as absolute document offsets so that a quick fix needs no
 * recomputation: {@code remove=OFFSET:LENGTH}, {@code insert=OFFSET:TEXT},
 * {@code replace=OFFSET:LENGTH:TEXT}.
 */
public abstract class EntenteCheckBase extends AbstractDeclarativeValidator {

	protected static final EntentePackage P = EntentePackage.eINSTANCE;

	@Override
	protected List<EPackage> getEPackages() {
		List<EPackage> result = new ArrayList<>();
		result.add(EntentePackage.eINSTANCE);
		return result;
	}

	/** Composed validators are registered through {@link EntenteValidator}, not on their own. */
	@Override
	public void register(EValidatorRegistrar registrar) {
	}

	// ------------------------------------------------------------------ issue data

	protected static String kv(String key, Object value) {
		return key + "=" + value;
	}

	/** {@code remove=OFFSET:LENGTH} covering the whole element. */
	protected static String removeElement(EObject element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		if (node == null) {
			return "remove=";
		}
		return "remove=" + node.getOffset() + ":" + node.getLength();
	}

	/** Lists the grammar requires to be non-empty: removing their only item removes the whole clause. */
	private static final java.util.Set<EStructuralFeature> REQUIRED_LISTS = java.util.Set.of(
			org.entente.entente.EntentePackage.Literals.OFFENSE_CLAUSE__TARGETS,
			org.entente.entente.EntentePackage.Literals.SANCTIONS_CLAUSE__TARGETS);

	/**
	 * {@code remove=OFFSET:LENGTH} covering the {@code index}-th item of a comma-separated list of
	 * references, together with one adjacent comma, so that the list stays well-formed (or the whole
	 * clause, when the list may not be empty).
	 */
	protected static String removeListItem(EObject owner, EStructuralFeature feature, int index) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, feature);
		if (index < 0 || index >= nodes.size()) {
			return "remove=";
		}
		if (nodes.size() == 1 && REQUIRED_LISTS.contains(feature)) {
			return removeElement(owner);
		}
		INode item = nodes.get(index);
		int start = item.getOffset();
		int end = item.getEndOffset();
		if (index > 0) {
			start = nodes.get(index - 1).getEndOffset();
		} else if (nodes.size() > 1) {
			end = nodes.get(1).getOffset();
		}
		return "remove=" + start + ":" + (end - start);
	}

	/** {@code replace=OFFSET:LENGTH:TEXT} of the text of a feature (its first node). */
	protected static String replaceFeature(EObject owner, EStructuralFeature feature, String text) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, feature);
		if (nodes.isEmpty()) {
			return "replace=";
		}
		INode node = nodes.get(0);
		return "replace=" + node.getOffset() + ":" + node.getLength() + ":" + text;
	}

	// ------------------------------------------------------------------ model helpers

	/**
	 * Whether the feature was written in the text (int features default to 0 otherwise). A value
	 * other than the default can only come from the text, so the node model (slow on large files) is
	 * searched only for a default value such as an explicit {@code 0}.
	 */
	protected static boolean written(EObject owner, EStructuralFeature feature) {
		if (owner.eIsSet(feature) || NodeModelUtils.findActualNodeFor(owner) == null) {
			return owner.eIsSet(feature);
		}
		return !NodeModelUtils.findNodesForFeature(owner, feature).isEmpty();
	}

	/** The name of a possibly unresolved state/treaty reference, as written. */
	protected static String name(EObject element) {
		if (element == null || element.eIsProxy()) {
			return null;
		}
		return org.eclipse.xtext.util.SimpleAttributeResolver.NAME_RESOLVER.apply(element);
	}

	protected static String fmt(double value) {
		if (!Double.isFinite(value)) {
			// a literal of more than 308 digits converts to an infinite double (see RangeValidator's bounds)
			return value > 0 ? "a number too large to compute" : "a negative number too large to compute";
		}
		return org.entente.engine.trace.Fmt.plain(value);
	}
}
