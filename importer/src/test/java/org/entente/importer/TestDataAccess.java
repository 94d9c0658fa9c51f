package org.entente.importer;

import java.nio.file.Path;

/** Gives tests in sub-packages the repository's data folder ({@link TestData} is package-private). */
public final class TestDataAccess {

    private TestDataAccess() {
    }

    public static Path realDataDir() {
        return TestData.realDataDir();
    }
}
