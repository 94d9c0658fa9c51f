package org.entente.ide.inlay;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.entente.entente.Element;
import org.entente.entente.EntentePackage;
import org.entente.entente.Model;
import org.entente.entente.StateDecl;
import org.entente.ide.insight.ScenarioInsight;
import org.entente.ide.text.LineMap;

import com.google.inject.Inject;

/** A hint after each state's name: what {@link ScenarioInsight#stateInlayHint} says (capabilities for now). */
public class EntenteInlayHints {

	@Inject
	private ScenarioInsight insight;

	public List<InlayHint> compute(XtextResource resource, String text, Range range, CancelIndicator cancel) {
		List<InlayHint> hints = new ArrayList<>();
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
			return hints;
		}
		LineMap lines = new LineMap(text);
		int from = range == null ? 0 : lines.offset(range.getStart());
		int to = range == null ? Integer.MAX_VALUE : lines.offset(range.getEnd());
		for (Element element : model.getElements()) {
			if (cancel.isCanceled()) {
				break;
			}
			if (!(element instanceof StateDecl state)) {
				continue;
			}
			List<INode> names = NodeModelUtils.findNodesForFeature(state, EntentePackage.Literals.STATE_DECL__NAME);
			if (names.isEmpty()) {
				continue;
			}
			INode name = names.get(0);
			if (name.getEndOffset() < from || name.getEndOffset() > to) {
				continue;
			}
			String label = insight.stateInlayHint(state);
			if (label == null || label.isEmpty()) {
				continue;
			}
			InlayHint hint = new InlayHint(lines.position(name.getEndOffset()), Either.forLeft(label));
			hint.setKind(InlayHintKind.Type);
			hint.setPaddingLeft(true);
			hints.add(hint);
		}
		return hints;
	}
}
