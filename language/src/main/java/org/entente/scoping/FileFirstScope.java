package org.entente.scoping;

import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

/**
 * Xtext's scope of a file (its own names first, then the files it sees), answering a look-up of a name
 * the file declares from {@link FileNames}; every other question goes to Xtext's scope, made on first
 * use. Same answers: the file's own declaration of a name is the one Xtext's scope finds first.
 */
final class FileFirstScope implements IScope {

	private final Map<QualifiedName, IEObjectDescription> fileNames;
	private final Supplier<IScope> xtextScope;
	private IScope made;

	FileFirstScope(Map<QualifiedName, IEObjectDescription> fileNames, Supplier<IScope> xtextScope) {
		this.fileNames = fileNames;
		this.xtextScope = xtextScope;
	}

	private IScope xtext() {
		if (made == null) {
			made = xtextScope.get();
		}
		return made;
	}

	@Override
	public IEObjectDescription getSingleElement(QualifiedName name) {
		IEObjectDescription declared = fileNames.get(name);
		return declared != null ? declared : xtext().getSingleElement(name);
	}

	@Override
	public Iterable<IEObjectDescription> getElements(QualifiedName name) {
		return xtext().getElements(name);
	}

	@Override
	public IEObjectDescription getSingleElement(EObject object) {
		return xtext().getSingleElement(object);
	}

	@Override
	public Iterable<IEObjectDescription> getElements(EObject object) {
		return xtext().getElements(object);
	}

	@Override
	public Iterable<IEObjectDescription> getAllElements() {
		return xtext().getAllElements();
	}

	@Override
	public String toString() {
		return "FileFirstScope over " + xtext();
	}
}
