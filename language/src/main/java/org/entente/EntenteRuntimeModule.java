package org.entente;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.resource.IContainer;
import org.entente.scoping.EntenteLocalScopeProvider;
import org.entente.scoping.FolderContainerManager;

import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.IResourceValidator;
import org.entente.conversion.EntenteValueConverters;
import org.entente.linking.EntenteLinkingDiagnosticMessageProvider;
import org.entente.parser.EntenteResource;
import org.entente.parser.EntenteSyntaxErrorMessageProvider;
import org.entente.parser.LexingAheadParser;
import org.entente.validation.EntenteResourceValidator;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/** Runtime bindings of the Entente language. */
public class EntenteRuntimeModule extends AbstractEntenteRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return EntenteValueConverters.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return EntenteLinkingDiagnosticMessageProvider.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return EntenteSyntaxErrorMessageProvider.class;
	}

	/** Other files' names resolve by {@link org.entente.loading.VisibleFiles}: the file's own folder. */
	@Override
	public Class<? extends IContainer.Manager> bindIContainer$Manager() {
		return FolderContainerManager.class;
	}

	/** Xtext's imported-namespace scoping, made once per file rather than per reference. */
	@Override
	public void configureIScopeProviderDelegate(Binder binder) {
		binder.bind(IScopeProvider.class).annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
				.to(EntenteLocalScopeProvider.class);
	}

	/** The commitment rules may run on a second core for the command line's single-file checks. */
	public Class<? extends IResourceValidator> bindIResourceValidator() {
		return EntenteResourceValidator.class;
	}

	/** A large file's lexer on a second core while the parser runs (LexingAheadParser). */
	@Override
	public Class<? extends IParser> bindIParser() {
		return LexingAheadParser.class;
	}

	/** Syntax errors at the token at fault (EntenteResource). */
	@Override
	public Class<? extends XtextResource> bindXtextResource() {
		return EntenteResource.class;
	}
}
