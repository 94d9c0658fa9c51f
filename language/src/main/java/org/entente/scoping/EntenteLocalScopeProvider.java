package org.entente.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.common.base.Predicate;
import com.google.inject.Inject;

/**
 * Xtext's scoping (a file's own names first, then those of the files it sees), without redoing the
 * same work for every reference. Xtext's default builds, per reference, a scope for each enclosing
 * element and a fresh scope over the visible files: on a 4,000-state file that was a third of the time
 * of {@code entente check} (docs/performance.md, "Cold start"). Three shortcuts, same names found:
 * <ul>
 * <li>Every named element of Entente is a top-level element of its file (no name is nested in another
 * named element; no imports), so the enclosing elements add nothing: the scope is the one seen from the
 * file's root.</li>
 * <li>The scope over the other files is made once per file and referenced type and kept in the file's
 * cache, which Xtext empties when the text changes (as it does for its own scope caches); the
 * language server reads each build into a fresh resource set. It is still wrapped on every call, so
 * that the index records which names a file imports while it links.</li>
 * <li>A name of the file itself is found in a hash map ({@link FileNames}, made once per file and
 * kept in the same cache) instead of Xtext's chain of scopes and multimap; anything else (a name the
 * file does not declare, the list of all names) goes through Xtext's own scopes.</li>
 * </ul>
 */
public class EntenteLocalScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	@Inject
	private IResourceScopeCache cache;

	@Inject
	private IGlobalScopeProvider globalScopes;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		Resource resource = context.eResource();
		if (resource == null || resource.getContents().isEmpty()) {
			return super.getScope(context, reference);
		}
		EObject root = resource.getContents().get(0);
		FileNames names = fileNames(resource);
		if (!names.appliesTo(root) || isIgnoreCase(reference)) {
			return super.getScope(root, reference);
		}
		// the same chain as super.getScope(root, reference), with the file's own names looked up first
		IScope otherFiles = getGlobalScope(resource, reference);
		return new FileFirstScope(names.byName(reference.getEReferenceType()),
				() -> getLocalElementsScope(getResourceScope(otherFiles, root, reference), root, reference));
	}

	/** The names the file declares, made once per file and kept until its text changes. */
	FileNames fileNames(Resource resource) {
		return cache.get(Tuples.create(EntenteLocalScopeProvider.class, "file names"), resource,
				() -> new FileNames(resource, getQualifiedNameProvider(),
						root -> getQualifiedNameOfLocalElement(root) == null
								&& getImportedNamespaceResolvers(root, false).isEmpty()
								&& getImplicitImports(false).isEmpty()));
	}

	@Override
	protected IScope getGlobalScope(Resource context, EReference reference, Predicate<IEObjectDescription> filter) {
		if (filter != null || context.getResourceSet() == null) {
			return super.getGlobalScope(context, reference, filter);
		}
		boolean builderScope = context.getResourceSet().getLoadOptions().containsKey(ResourceDescriptionsProvider.NAMED_BUILDER_SCOPE);
		IScope visibleFiles = cache.get(
				Tuples.create(EntenteLocalScopeProvider.class, reference.getEReferenceType(), builderScope), context,
				() -> globalScopes.getScope(context, reference, null));
		return wrap(visibleFiles);
	}
}
