package org.entente.cli;

import org.entente.EntenteStandaloneSetup;

import com.google.inject.Injector;

/** One Guice injector for the language, created on first use (it takes a moment). */
public final class Languages {

	private static Injector injector;

	private Languages() {
	}

	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new EntenteStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
