package org.entente.scoping;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.AbstractContainer;
import org.entente.loading.VisibleFiles;

import com.google.common.collect.Iterables;

/**
 * Names from other files resolve only when {@link VisibleFiles} says the file sees them: the same
 * rule in the editor (whose index holds the whole workspace) and in the command line.
 */
public class FolderContainerManager implements IContainer.Manager {

	@Override
	public IContainer getContainer(IResourceDescription description, IResourceDescriptions all) {
		return new VisibleFilesContainer(description.getURI(), all);
	}

	@Override
	public List<IContainer> getVisibleContainers(IResourceDescription description, IResourceDescriptions all) {
		return List.of(getContainer(description, all));
	}

	/** The descriptions of the files that one file sees. */
	private static final class VisibleFilesContainer extends AbstractContainer {

		private final URI file;
		private final IResourceDescriptions all;

		VisibleFilesContainer(URI file, IResourceDescriptions all) {
			this.file = file;
			this.all = all;
		}

		@Override
		public Iterable<IResourceDescription> getResourceDescriptions() {
			return Iterables.filter(all.getAllResourceDescriptions(), d -> VisibleFiles.sees(file, d.getURI()));
		}

		@Override
		public IResourceDescription getResourceDescription(URI uri) {
			return VisibleFiles.sees(file, uri) ? all.getResourceDescription(uri) : null;
		}

		@Override
		public boolean hasResourceDescription(URI uri) {
			return getResourceDescription(uri) != null;
		}
	}
}
