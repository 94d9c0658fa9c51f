package org.entente.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.entente.entente.Element;
import org.entente.entente.Model;

/** Inserts a new top-level declaration after the last one of the same kind, else at the end. */
public class DeclarationInserter {

	public List<TextEdit> insert(EObject anyElementOfFile, Class<? extends Element> kind, String declaration,
			Document document) {
		EObject root = anyElementOfFile == null ? null : EcoreUtil.getRootContainer(anyElementOfFile);
		int offset = -1;
		if (root instanceof Model model) {
			for (Element element : model.getElements()) {
				if (kind.isInstance(element)) {
					ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
					if (node != null) {
						offset = node.getEndOffset();
					}
				}
			}
		}
		String text;
		if (offset < 0) {
			String contents = document.getContents();
			offset = contents.length();
			text = (contents.isEmpty() || contents.endsWith("\n") ? "" : "\n") + "\n" + declaration + "\n";
		} else {
			text = "\n" + declaration;
		}
		Position at = document.getPosition(offset);
		return List.of(new TextEdit(new Range(at, at), text));
	}
}
