package org.entente.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.entente.entente.EntentePackage;

/**
 * Shared helpers of the Entente validators (structure, ranges, commitments). The concrete classes
 * are composed into {@link EntenteValidator} and never register themselves.
 *
 * <p>Issue data is a list of {@code key=value} strings naming what the message names (see
 * {@link EntenteIssueCodes} for the keys of each code); quick fixes compute their edits themselves.
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

	// ------------------------------------------------------------------ model helpers

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
