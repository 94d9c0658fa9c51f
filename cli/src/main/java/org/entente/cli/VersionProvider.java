package org.entente.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into entente-version.properties. */
public class VersionProvider implements IVersionProvider {

	@Override
	public String[] getVersion() {
		Properties properties = new Properties();
		try (InputStream in = VersionProvider.class.getResourceAsStream("/entente-version.properties")) {
			if (in != null) {
				properties.load(in);
			}
		} catch (IOException e) {
			// fall through to "unknown"
		}
		return new String[] { "entente " + properties.getProperty("version", "unknown") };
	}
}
