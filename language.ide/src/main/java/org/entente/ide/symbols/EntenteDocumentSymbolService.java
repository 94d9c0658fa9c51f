package org.entente.ide.symbols;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.entente.entente.Element;
import org.entente.entente.Model;
import org.entente.entente.Settings;
import org.entente.ide.insight.ScenarioInsight;
import org.entente.ide.text.LineMap;
import org.entente.naming.DeclarationKind;
import org.entente.entente.StateDecl;
import org.entente.entente.Treaty;

import com.google.inject.Inject;

/**
 * The outline: the scenario header, then one group per kind (Ideologies, Regions, States, ...,
 * Events, Expectations), each holding its declarations in file order.
 */
public class EntenteDocumentSymbolService extends HierarchicalDocumentSymbolService {

	@Inject
	private ScenarioInsight insight;

	@Override
	public List<DocumentSymbol> getSymbols(Document document, XtextResource resource, DocumentSymbolParams params,
			CancelIndicator cancelIndicator) {
		List<DocumentSymbol> result = new ArrayList<>();
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
			return result;
		}
		if (model.getHeader() != null) {
			DocumentSymbol header = symbol(new LineMap(document.getContents()), model.getHeader(), model.getHeader().getName(),
					DeclarationKind.SCENARIO, model.getHeader().getTitle());
			if (header != null) {
				result.add(header);
			}
		}
		LineMap lines = new LineMap(document.getContents());
		Map<DeclarationKind, List<DocumentSymbol>> groups = new EnumMap<>(DeclarationKind.class);
		for (Element element : model.getElements()) {
			if (element instanceof Settings) {
				continue;
			}
			DeclarationKind kind = DeclarationKind.of(element);
			DocumentSymbol symbol = symbol(lines, element, label(element), kind, detail(element));
			if (symbol != null) {
				groups.computeIfAbsent(kind, k -> new ArrayList<>()).add(symbol);
			}
		}
		groups.forEach((kind, children) -> {
			DocumentSymbol group = new DocumentSymbol();
			group.setName(DeclarationSymbols.group(kind));
			group.setKind(org.eclipse.lsp4j.SymbolKind.Package);
			group.setDetail(children.size() + "");
			Range range = new Range(children.get(0).getRange().getStart(), children.get(children.size() - 1).getRange().getEnd());
			group.setRange(range);
			group.setSelectionRange(children.get(0).getSelectionRange());
			group.setChildren(children);
			result.add(group);
		});
		return result;
	}

	private String detail(EObject element) {
		if (element instanceof StateDecl state) {
			return insight.stateDetail(state);
		}
		if (element instanceof Treaty treaty) {
			return insight.treatyDetail(treaty);
		}
		Object title = element.eClass().getEStructuralFeature("title") == null ? null
				: element.eGet(element.eClass().getEStructuralFeature("title"));
		return title == null ? null : title.toString();
	}

	/** The declared name, or for unnamed elements (events, relations, expectations) their text. */
	private static String label(EObject element) {
		var nameFeature = element.eClass().getEStructuralFeature("name");
		if (nameFeature != null && element.eGet(nameFeature) != null) {
			return element.eGet(nameFeature).toString();
		}
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		return node == null ? element.eClass().getName() : NodeModelUtils.getTokenText(node);
	}

	private static DocumentSymbol symbol(LineMap document, EObject element, String name, DeclarationKind kind, String detail) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		if (node == null || name == null || name.isBlank()) {
			return null;
		}
		var nameFeature = element.eClass().getEStructuralFeature("name");
		List<INode> nameNodes = nameFeature == null ? List.of() : NodeModelUtils.findNodesForFeature(element, nameFeature);
		INode selection = nameNodes.isEmpty() ? node : nameNodes.get(0);
		DocumentSymbol symbol = new DocumentSymbol();
		symbol.setName(name);
		symbol.setKind(DeclarationSymbols.symbolKind(kind));
		symbol.setDetail(detail);
		symbol.setRange(document.range(node.getOffset(), node.getEndOffset()));
		symbol.setSelectionRange(document.range(selection.getOffset(), selection.getEndOffset()));
		return symbol;
	}
}
