package org.entente.parser;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.eclipse.xtext.util.LineAndColumn;

/**
 * A syntax error reported at the token at fault rather than at the node ANTLR attached it to
 * (Xtext's own XtextSyntaxDiagnosticWithRange counts lines within the node only, and fails when
 * the range lies after it).
 */
public class PositionedSyntaxDiagnostic extends XtextSyntaxDiagnostic {

	private final int offset;
	private final int length;

	public PositionedSyntaxDiagnostic(INode node, int offset, int length) {
		super(node);
		this.offset = offset;
		this.length = length;
	}

	/** The diagnostic for a node whose message carries {@code at=OFFSET:LENGTH}, or null. */
	public static PositionedSyntaxDiagnostic of(INode node) {
		if (node.getSyntaxErrorMessage() == null || node.getSyntaxErrorMessage().getIssueData() == null) {
			return null;
		}
		for (String data : node.getSyntaxErrorMessage().getIssueData()) {
			if (data != null && data.startsWith(EntenteSyntaxErrorMessageProvider.AT)) {
				String[] parts = data.substring(EntenteSyntaxErrorMessageProvider.AT.length()).split(":");
				try {
					int offset = Integer.parseInt(parts[0]);
					int length = Integer.parseInt(parts[1]);
					if (offset >= 0 && length >= 0 && offset + length <= node.getRootNode().getTotalEndOffset()) {
						return new PositionedSyntaxDiagnostic(node, offset, length);
					}
				} catch (RuntimeException e) {
					return null;
				}
			}
		}
		return null;
	}

	@Override
	public int getOffset() {
		return offset;
	}

	@Override
	public int getLength() {
		return length;
	}

	@Override
	public int getLine() {
		return position(offset).getLine();
	}

	@Override
	public int getColumn() {
		return position(offset).getColumn();
	}

	@Override
	public int getLineEnd() {
		return position(offset + length).getLine();
	}

	@Override
	public int getColumnEnd() {
		return position(offset + length).getColumn();
	}

	private LineAndColumn position(int at) {
		return NodeModelUtils.getLineAndColumn(getNode(), at);
	}
}
