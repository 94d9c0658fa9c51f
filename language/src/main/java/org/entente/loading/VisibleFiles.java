package org.entente.loading;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;

/**
 * Which files a scenario sees (docs/language.md, "Which files a scenario sees"): the file itself and
 * the other {@code .entente} files of its folder; not those of subfolders or parent folders. The one
 * rule for {@code entente check} and the other commands ({@link ScenarioLoader}), and for the editor
 * (scoping, completion and rename through {@link org.entente.scoping.FolderContainerManager}).
 */
public final class VisibleFiles {

	public static final String EXTENSION = "entente";

	private VisibleFiles() {
	}

	/** Whether names declared in {@code other} are visible in {@code file}. */
	public static boolean sees(URI file, URI other) {
		if (file.equals(other)) {
			return true;
		}
		if (!file.isHierarchical() || !other.isHierarchical() || !EXTENSION.equals(other.fileExtension())) {
			return false;
		}
		return folderOf(file).equals(folderOf(other));
	}

	private static URI folderOf(URI file) {
		return file.trimSegments(1);
	}

	/**
	 * The files {@code file} sees on disk: the file itself first, then the other {@code .entente}
	 * files of its folder in name order. A folder that cannot be listed gives only the file.
	 */
	public static List<Path> of(Path file) {
		Path normal = file.toAbsolutePath().normalize();
		List<Path> result = new ArrayList<>();
		result.add(normal);
		result.addAll(siblingsOf(normal));
		return result;
	}

	/** The other {@code .entente} files in the folder of {@code file}, in name order (regular files only). */
	public static List<Path> siblingsOf(Path file) {
		Path normal = file.toAbsolutePath().normalize();
		Path folder = normal.getParent();
		List<Path> siblings = new ArrayList<>();
		if (folder == null) {
			return siblings;
		}
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*." + EXTENSION)) {
			for (Path candidate : stream) {
				Path other = candidate.toAbsolutePath().normalize();
				if (!other.equals(normal) && Files.isRegularFile(other)) {
					siblings.add(other);
				}
			}
		} catch (IOException | SecurityException e) {
			// an unreadable folder only means fewer names from siblings
		}
		siblings.sort(null);
		return siblings;
	}
}
