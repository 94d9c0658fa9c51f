package org.entente.scoping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;

/**
 * The names one file declares, by referenced type: for each name, the element Xtext's scope of the file
 * finds first. Xtext keeps the file's names in a multimap keyed by lower-case name and, per look-up,
 * filters that key's entries by exact name and type and takes the first; here the same first entry is
 * found by one hash look-up. The elements are taken in Xtext's order (all contents of the file, each
 * named by the qualified name provider, as {@code ImportedNamespaceAwareLocalScopeProvider} does), so a
 * name declared twice resolves to the same (first) declaration.
 */
final class FileNames {

	private final EObject root;
	private final boolean plain;
	private final List<IEObjectDescription> declarations = new ArrayList<>();
	private final Map<EClass, Map<QualifiedName, IEObjectDescription>> byType = new ConcurrentHashMap<>();

	/**
	 * @param plainRoot whether the file's root adds nothing to the scope of the file's names (no name of
	 *                  its own, no imports): then a name of the file resolves to its first declaration
	 */
	FileNames(Resource resource, IQualifiedNameProvider names, Predicate<EObject> plainRoot) {
		this.root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
		this.plain = root != null && plainRoot.test(root);
		if (plain) {
			// Xtext's default names only elements with a 'name' attribute: the others (clauses, events, numbers,
			// most of a file) are skipped without asking it, which would cache a null for each of them
			boolean byNameAttribute = names.getClass() == DefaultDeclarativeQualifiedNameProvider.class;
			for (Iterator<EObject> it = EcoreUtil.getAllContents(resource, false); it.hasNext();) {
				EObject element = it.next();
				if (byNameAttribute && element.eClass().getEStructuralFeature("name") == null) {
					continue;
				}
				QualifiedName name = names.getFullyQualifiedName(element);
				if (name != null) {
					declarations.add(EObjectDescription.create(name, element));
				}
			}
		}
	}

	/** Whether {@link #byName} answers for the scope seen from this root. */
	boolean appliesTo(EObject root) {
		return plain && root == this.root;
	}

	/** The first declaration of each name whose element is of the type (case-sensitive names). */
	Map<QualifiedName, IEObjectDescription> byName(EClass type) {
		return byType.computeIfAbsent(type, t -> {
			Map<QualifiedName, IEObjectDescription> map = new HashMap<>();
			for (IEObjectDescription d : declarations) {
				if (EcoreUtil2.isAssignableFrom(t, d.getEClass())) {
					map.putIfAbsent(d.getName(), d);
				}
			}
			return map;
		});
	}
}
