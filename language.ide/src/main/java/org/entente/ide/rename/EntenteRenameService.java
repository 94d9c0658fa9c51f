package org.entente.ide.rename;

import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.rename.RenameService2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.entente.naming.DeclarationKind;
import org.entente.services.EntenteGrammarAccess;

import com.google.inject.Inject;

/**
 * Xtext's rename, refusing a new name that is not an identifier (which would not parse) or that is
 * already declared in a file the declaration's file sees (the uses would silently resolve to the
 * other declaration). Refusals are JSON-RPC errors with a message (InvalidParams), not stack traces.
 */
public class EntenteRenameService extends RenameService2 {

	private static final Pattern IDENTIFIER = Pattern.compile("\\^?[A-Za-z_][A-Za-z0-9_]*");

	@Inject
	private EntenteGrammarAccess grammar;

	@Inject
	private ResourceDescriptionsProvider indexProvider;

	@Inject
	private IContainer.Manager containers;

	@Inject
	private IResourceDescription.Manager descriptions;

	@Override
	public WorkspaceEdit rename(Options options) {
		RenameParams params = options.getRenameParams();
		String newName = params.getNewName() == null ? "" : params.getNewName();
		String invalid = whyNotAName(newName);
		if (invalid != null) {
			throw refusal("entente: '" + newName + "' is not a valid name: " + invalid + ".");
		}
		String clash = options.getLanguageServerAccess().doSyncRead(params.getTextDocument().getUri(),
				context -> clash(context.getResource(), context.getDocument(), params, newName));
		if (clash != null) {
			throw refusal(clash);
		}
		return super.rename(options);
	}

	private String whyNotAName(String name) {
		if (name.isEmpty()) {
			return "it is empty";
		}
		if (!IDENTIFIER.matcher(name).matches()) {
			return "a name starts with a letter or '_' and continues with letters, digits or '_'";
		}
		Set<String> keywords = GrammarUtil.getAllKeywords(grammar.getGrammar());
		if (keywords.contains(name)) {
			return "it is a keyword of Entente (write ^" + name + " to use it as a name)";
		}
		return null;
	}

	/** The refusal when a declaration named {@code newName} is visible where the renamed one is declared. */
	private String clash(Resource resource, Document document, RenameParams params, String newName) {
		if (!(resource instanceof XtextResource xtext) || document == null) {
			return null;
		}
		EObject element = getElementAtOffset(xtext, document, params.getPosition());
		if (element == null || element.eIsProxy() || element.eResource() == null) {
			return null;
		}
		String oldName = nameOf(element);
		String name = newName.startsWith("^") ? newName.substring(1) : newName;
		if (oldName == null || oldName.equals(name)) {
			return null;
		}
		EObject existing = declarationNamed(element.eResource(), element, name);
		if (existing == null) {
			return null;
		}
		return "entente: cannot rename " + oldName + " to " + name + ": " + article(kindOf(existing)) + " named " + name
				+ " is already declared (" + where(existing) + ").";
	}

	private EObject declarationNamed(Resource declaring, EObject element, String name) {
		for (EObject candidate : (Iterable<EObject>) declaring::getAllContents) {
			if (candidate != element && name.equals(nameOf(candidate))) {
				return candidate;
			}
		}
		IResourceDescriptions index = indexProvider.getResourceDescriptions(declaring.getResourceSet());
		IResourceDescription self = descriptions.getResourceDescription(declaring);
		for (IContainer container : containers.getVisibleContainers(self, index)) {
			for (IEObjectDescription description : container.getExportedObjects()) {
				URI file = description.getEObjectURI().trimFragment();
				if (!file.equals(declaring.getURI()) && description.getName().toString().equals(name)) {
					EObject other = EcoreUtil.resolve(description.getEObjectOrProxy(), declaring.getResourceSet());
					if (!other.eIsProxy()) {
						return other;
					}
				}
			}
		}
		return null;
	}

	private static String nameOf(EObject object) {
		EStructuralFeature feature = object.eClass().getEStructuralFeature("name");
		if (feature == null || !(object.eGet(feature) instanceof String name)) {
			return null;
		}
		return name;
	}

	private static String kindOf(EObject declaration) {
		DeclarationKind kind = DeclarationKind.of(declaration);
		return kind.named() || kind == DeclarationKind.SCENARIO ? kind.word() : DeclarationKind.OTHER.word();
	}

	private static String article(String kind) {
		return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
	}

	private static String where(EObject declaration) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(declaration);
		String file = declaration.eResource().getURI().lastSegment();
		return node == null ? file : file + ", line " + node.getStartLine();
	}

	private static ResponseErrorException refusal(String message) {
		return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null));
	}
}
