package org.entente.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Finds the folder with the COW/ATOP tables: an explicit folder ({@code --data DIR}) wins, else the
 * {@code ENTENTE_DATA} environment variable, else an error that says how to give one.
 */
public final class DataDirectory {

    /** The environment variable that gives the default data folder. */
    public static final String ENV_VAR = "ENTENTE_DATA";

    private DataDirectory() {
    }

    /** Resolves against the process environment. */
    public static Path resolve(Path explicitOrNull) throws ImportException {
        return resolve(explicitOrNull, System.getenv());
    }

    /** Resolves against the given environment (for tests and embedding). */
    public static Path resolve(Path explicitOrNull, Map<String, String> environment) throws ImportException {
        Path dir;
        String origin;
        if (explicitOrNull != null) {
            dir = explicitOrNull;
            origin = "given with --data";
        } else {
            String env = environment.get(ENV_VAR);
            if (env == null || env.isBlank()) {
                throw new ImportException("No data folder: pass --data DIR or set the " + ENV_VAR
                        + " environment variable to the folder holding cow_states.csv, cow_nmc.csv, "
                        + "cow_contdir.csv, cow_majors.csv, atop_alliance_level.csv and atop_member_level.csv");
            }
            dir = Path.of(env.trim());
            origin = "from " + ENV_VAR;
        }
        if (!Files.isDirectory(dir)) {
            throw new ImportException("Data folder " + dir + " (" + origin + ") does not exist or is not a folder");
        }
        return dir;
    }
}
