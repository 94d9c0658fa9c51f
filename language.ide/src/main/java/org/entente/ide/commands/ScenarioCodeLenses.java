package org.entente.ide.commands;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codelens.ICodeLensService;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.entente.entente.Model;

/** "Run" and "Landscape" above the scenario header, executed by {@link ScenarioCommands}. */
public class ScenarioCodeLenses implements ICodeLensService {

	@Override
	public List<? extends CodeLens> computeCodeLenses(Document document, XtextResource resource, CodeLensParams params,
			CancelIndicator indicator) {
		List<CodeLens> lenses = new ArrayList<>();
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)
				|| model.getHeader() == null) {
			return lenses;
		}
		ICompositeNode header = NodeModelUtils.findActualNodeFor(model.getHeader());
		if (header == null) {
			return lenses;
		}
		// the header's first line: where clients draw the lens
		Range range = new Range(document.getPosition(header.getOffset()), document.getPosition(header.getOffset()));
		String uri = params.getTextDocument().getUri();
		lenses.add(new CodeLens(range, new Command("▶ Run", ScenarioCommands.RUN, List.of(uri)), null));
		lenses.add(new CodeLens(range, new Command("Landscape", ScenarioCommands.LANDSCAPE, List.of(uri)), null));
		return lenses;
	}
}
