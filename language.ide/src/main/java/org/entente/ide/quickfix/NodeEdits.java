package org.entente.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.entente.entente.Model;

/**
 * The text edits of the quick fixes, computed when a fix is applied from the node model of the file
 * as it is then: the element, list item or number the diagnostic points at, found by
 * {@link NodeModelUtils}, and what the grammar says around it (which list may be left empty, which
 * keyword introduces it). Removals that leave a line blank take the line with them.
 */
public class NodeEdits {

	// ------------------------------------------------------------------ removals

	/** Removes the declaration, event or expectation that contains {@code element}. */
	public List<TextEdit> removeTopLevel(EObject element, Document document) {
		return removeElement(topLevel(element), document);
	}

	/** Removes the element's whole text. */
	public List<TextEdit> removeElement(EObject element, Document document) {
		ICompositeNode node = element == null ? null : NodeModelUtils.findActualNodeFor(element);
		return node == null ? List.of() : List.of(removal(document, node.getOffset(), node.getEndOffset()));
	}

	/**
	 * Removes the reference the diagnostic points at: an item of a list ({@code borders A, B}) with
	 * one comma, or, for a single reference ({@code rivalry A, A}), the whole declaration or event.
	 */
	public List<TextEdit> removeReferenceAt(Diagnostic diagnostic, EObject element, Document document) {
		INode root = rootNode(element);
		if (root == null) {
			return List.of();
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, document.getOffSet(diagnostic.getRange().getStart()));
		Assignment assignment = leaf == null ? null : GrammarUtil.containingAssignment(leaf.getGrammarElement());
		EObject owner = leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
		EStructuralFeature feature = owner == null || assignment == null ? null
				: owner.eClass().getEStructuralFeature(assignment.getFeature());
		if (feature == null) {
			return List.of();
		}
		if (!feature.isMany()) {
			return removeTopLevel(owner, document);
		}
		List<INode> items = NodeModelUtils.findNodesForFeature(owner, feature);
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i).getTotalOffset() <= leaf.getOffset() && leaf.getEndOffset() <= items.get(i).getTotalEndOffset()) {
				return removeListItem(owner, feature, i, document);
			}
		}
		return List.of();
	}

	/** Removes the item of the owner's list that is written as {@code name}. */
	public List<TextEdit> removeListItem(EObject owner, EStructuralFeature feature, String name, Document document) {
		List<INode> items = NodeModelUtils.findNodesForFeature(owner, feature);
		for (int i = 0; i < items.size(); i++) {
			if (NodeModelUtils.getTokenText(items.get(i)).equals(name)) {
				return removeListItem(owner, feature, i, document);
			}
		}
		return List.of();
	}

	/**
	 * Removes the index-th item of a comma-separated list with one adjacent comma. The only item of a
	 * list the grammar lets one leave out goes with the keyword that introduces it
	 * ({@code defense against B} to {@code defense}); the only item of a required list takes its
	 * clause with it, or its declaration or event.
	 */
	public List<TextEdit> removeListItem(EObject owner, EStructuralFeature feature, int index, Document document) {
		List<INode> items = NodeModelUtils.findNodesForFeature(owner, feature);
		if (index < 0 || index >= items.size()) {
			return List.of();
		}
		INode item = items.get(index);
		if (items.size() == 1) {
			Assignment assignment = GrammarUtil.containingAssignment(item.getGrammarElement());
			if (assignment == null || !(assignment.eContainer() instanceof AbstractElement group)) {
				return List.of();
			}
			if (!GrammarUtil.isOptionalCardinality(group)) {
				return owner.eContainingFeature() != null && owner.eContainingFeature().isMany() && !(owner.eContainer() instanceof Model)
						? removeElement(owner, document) : removeTopLevel(owner, document);
			}
			return List.of(removal(document, startWithKeyword(item, group), item.getEndOffset()));
		}
		int start = index > 0 ? items.get(index - 1).getEndOffset() : item.getOffset();
		int end = index > 0 ? item.getEndOffset() : items.get(1).getOffset();
		return List.of(removal(document, start, end));
	}

	/**
	 * Removes the value of a single optional feature with the keyword that introduces it
	 * ({@code since 1920} from a state); nothing when it is not written or the grammar requires it.
	 */
	public List<TextEdit> removeOptionalFeature(EObject owner, EStructuralFeature feature, Document document) {
		List<INode> nodes = owner == null ? List.of() : NodeModelUtils.findNodesForFeature(owner, feature);
		if (nodes.size() != 1) {
			return List.of();
		}
		INode value = nodes.get(0);
		Assignment assignment = GrammarUtil.containingAssignment(value.getGrammarElement());
		if (assignment == null || !(assignment.eContainer() instanceof AbstractElement group)
				|| !GrammarUtil.isOptionalCardinality(group)) {
			return List.of();
		}
		return List.of(removal(document, startWithKeyword(value, group), value.getEndOffset()));
	}

	/** Where the item starts, or the keyword before it when that keyword belongs to the item's group. */
	private static int startWithKeyword(INode item, AbstractElement group) {
		ILeafNode keyword = previousVisibleLeaf(item);
		return keyword != null && keyword.getGrammarElement() instanceof Keyword k && k.eContainer() == group
				? keyword.getOffset() : item.getOffset();
	}

	// ------------------------------------------------------------------ replacements and insertions

	/**
	 * Replaces the value the diagnostic points at (a number with its sign and {@code %}, or a year)
	 * by {@code text}.
	 */
	public List<TextEdit> replaceValueAt(Diagnostic diagnostic, EObject element, String text, Document document) {
		INode root = rootNode(element);
		INode node = root == null ? null
				: NodeModelUtils.findLeafNodeAtOffset(root, document.getOffSet(diagnostic.getRange().getStart()));
		if (node == null) {
			return List.of();
		}
		// a number's sign, digits and '%' are the leaves of one data type rule call
		while (node.getParent() != null && node.getParent().getGrammarElement() instanceof RuleCall call
				&& GrammarUtil.isDatatypeRuleCall(call)) {
			node = node.getParent();
		}
		return List.of(edit(document, node.getOffset(), node.getEndOffset(), text));
	}

	/** Replaces the text of the owner's feature (its first node) by {@code text}. */
	public List<TextEdit> replaceFeature(EObject owner, EStructuralFeature feature, String text, Document document) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, feature);
		return nodes.isEmpty() ? List.of()
				: List.of(edit(document, nodes.get(0).getOffset(), nodes.get(0).getEndOffset(), text));
	}

	/**
	 * Inserts {@code words} into the element's text before the keyword that introduces its
	 * {@code before} feature when that is written, else at the element's end.
	 */
	public List<TextEdit> insertBeforeFeature(EObject element, EStructuralFeature before, String words, Document document) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		if (node == null) {
			return List.of();
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, before);
		ILeafNode keyword = nodes.isEmpty() ? null : previousVisibleLeaf(nodes.get(0));
		if (keyword != null && keyword.getGrammarElement() instanceof Keyword) {
			return List.of(edit(document, keyword.getOffset(), keyword.getOffset(), words + " "));
		}
		return List.of(edit(document, node.getEndOffset(), node.getEndOffset(), " " + words));
	}

	// ------------------------------------------------------------------ helpers

	/** The declaration, event or expectation that contains the element. */
	static EObject topLevel(EObject element) {
		EObject current = element;
		while (current != null && current.eContainer() != null && !(current.eContainer() instanceof Model)) {
			current = current.eContainer();
		}
		return current;
	}

	private static INode rootNode(EObject element) {
		ICompositeNode node = element == null ? null : NodeModelUtils.getNode(topLevel(element));
		return node == null ? null : node.getRootNode();
	}

	private static ILeafNode previousVisibleLeaf(INode node) {
		ILeafNode previous = null;
		for (ILeafNode leaf : node.getRootNode().getLeafNodes()) {
			if (leaf.getTotalOffset() >= node.getOffset()) {
				break;
			}
			if (!leaf.isHidden()) {
				previous = leaf;
			}
		}
		return previous;
	}

	/** A removal of [start, end), widened to the whole line when nothing else would be left on it. */
	private static TextEdit removal(Document document, int start, int end) {
		String text = document.getContents();
		int lineStart = start;
		while (lineStart > 0 && (text.charAt(lineStart - 1) == ' ' || text.charAt(lineStart - 1) == '\t')) {
			lineStart--;
		}
		int lineEnd = end;
		while (lineEnd < text.length() && (text.charAt(lineEnd) == ' ' || text.charAt(lineEnd) == '\t' || text.charAt(lineEnd) == '\r')) {
			lineEnd++;
		}
		boolean startsLine = lineStart == 0 || text.charAt(lineStart - 1) == '\n';
		boolean endsLine = lineEnd == text.length() || text.charAt(lineEnd) == '\n';
		if (startsLine && endsLine) {
			return edit(document, lineStart, Math.min(lineEnd + 1, text.length()), "");
		}
		// one more space where the removal would leave two side by side
		boolean doubleSpace = start > 0 && end < text.length() && text.charAt(start - 1) == ' ' && text.charAt(end) == ' ';
		return edit(document, start, doubleSpace ? end + 1 : end, "");
	}

	private static TextEdit edit(Document document, int start, int end, String newText) {
		int length = document.getContents().length();
		return new TextEdit(new Range(document.getPosition(Math.min(start, length)), document.getPosition(Math.min(end, length))),
				newText);
	}
}
