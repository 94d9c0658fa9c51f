package org.entente.ide.server;

import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.AbstractModule;
import com.google.inject.Module;

/** Xtext's server bindings with {@link EntenteLanguageServer} in place of the stock server. */
public class EntenteServerModule extends AbstractModule {

	/** What a launcher (or a test) should create its injector from. */
	public static Module withXtextDefaults() {
		return Modules2.mixin(new ServerModule(), new EntenteServerModule());
	}

	@Override
	protected void configure() {
		bind(LanguageServer.class).to(EntenteLanguageServer.class);
		bind(LanguageServerImpl.class).to(EntenteLanguageServer.class);
	}
}
