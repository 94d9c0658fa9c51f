package org.entente.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;

/**
 * Turns the validator's edit data into text edits. Keys (see {@code EntenteIssueCodes}), with
 * absolute offsets of the validated text: {@code remove=OFFSET:LENGTH}, {@code insert=OFFSET:TEXT},
 * {@code replace=OFFSET:LENGTH:TEXT} (several may be given; all apply). A removal that leaves its
 * line blank takes the whole line with it.
 */
public class FixEdits {

	/** Whether the diagnostic carries at least one usable edit. */
	public boolean hasEdits(Diagnostic diagnostic) {
		return IssueData.of(diagnostic).stream().anyMatch(FixEdits::isUsableEdit);
	}

	/** The replacement texts of the {@code replace=} and {@code insert=} data, in order. */
	public List<String> newTexts(Diagnostic diagnostic) {
		List<String> texts = new ArrayList<>();
		for (String datum : IssueData.of(diagnostic)) {
			if (datum != null && datum.startsWith("replace=") && isUsableEdit(datum)) {
				texts.add(datum.substring("replace=".length()).split(":", 3)[2]);
			} else if (datum != null && datum.startsWith("insert=") && isUsableEdit(datum)) {
				texts.add(datum.substring("insert=".length()).split(":", 2)[1]);
			}
		}
		return texts;
	}

	public List<TextEdit> edits(Diagnostic diagnostic, Document document) {
		String text = document.getContents();
		List<TextEdit> edits = new ArrayList<>();
		for (String datum : IssueData.of(diagnostic)) {
			if (!isUsableEdit(datum)) {
				continue;
			}
			int equals = datum.indexOf('=');
			String key = datum.substring(0, equals);
			String value = datum.substring(equals + 1);
			switch (key) {
				case "remove" -> {
					String[] parts = value.split(":");
					int start = Integer.parseInt(parts[0]);
					int end = start + Integer.parseInt(parts[1]);
					int[] range = wholeLineIfBlankAfter(text, withEmptiedListKeyword(text, start, end), end);
					edits.add(edit(document, range[0], collapseDoubleSpace(text, range[0], range[1]), ""));
				}
				case "insert" -> {
					String[] parts = value.split(":", 2);
					int at = Integer.parseInt(parts[0]);
					edits.add(edit(document, at, at, parts[1]));
				}
				case "replace" -> {
					String[] parts = value.split(":", 3);
					int start = Integer.parseInt(parts[0]);
					edits.add(edit(document, start, start + Integer.parseInt(parts[1]), parts[2]));
				}
				default -> {
					// not an edit
				}
			}
		}
		return edits;
	}

	private static TextEdit edit(Document document, int start, int end, String newText) {
		int length = document.getContents().length();
		return new TextEdit(new Range(document.getPosition(Math.min(start, length)), document.getPosition(Math.min(end, length))),
				newText);
	}

	/** Keywords whose list may be left out entirely: removing its only item removes the keyword too. */
	private static final java.util.Set<String> OPTIONAL_LIST_KEYWORDS = java.util.Set.of("borders", "opposes", "members", "by", "to");

	/**
	 * The start of a removal that empties an optional list ({@code defense against B} to
	 * {@code defense}, {@code borders A} to nothing): the keyword goes with its only item.
	 */
	private static int withEmptiedListKeyword(String text, int start, int end) {
		if (text.substring(start, end).contains(",")) {
			return start;
		}
		int after = end;
		while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
			after++;
		}
		if (after < text.length() && text.charAt(after) == ',') {
			return start;
		}
		int keywordEnd = start;
		while (keywordEnd > 0 && Character.isWhitespace(text.charAt(keywordEnd - 1))) {
			keywordEnd--;
		}
		int keywordStart = keywordEnd;
		while (keywordStart > 0 && Character.isLetter(text.charAt(keywordStart - 1))) {
			keywordStart--;
		}
		String keyword = text.substring(keywordStart, keywordEnd);
		if (OPTIONAL_LIST_KEYWORDS.contains(keyword)) {
			return keywordStart;
		}
		if (keyword.equals("against")) {
			int clauseEnd = keywordStart;
			while (clauseEnd > 0 && Character.isWhitespace(text.charAt(clauseEnd - 1))) {
				clauseEnd--;
			}
			int clauseStart = clauseEnd;
			while (clauseStart > 0 && Character.isLetter(text.charAt(clauseStart - 1))) {
				clauseStart--;
			}
			String clause = text.substring(clauseStart, clauseEnd);
			if (clause.equals("defense") || clause.equals("neutrality")) {
				return keywordStart;
			}
		}
		return start;
	}

	/** Takes one more space when the removal would leave two side by side. */
	private static int collapseDoubleSpace(String text, int start, int end) {
		if (start > 0 && end < text.length() && text.charAt(start - 1) == ' ' && text.charAt(end) == ' ') {
			return end + 1;
		}
		return end;
	}

	/** [start, end] widened to the whole line (with its newline) when nothing else would be left on it. */
	private static int[] wholeLineIfBlankAfter(String text, int start, int end) {
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
			return new int[] { lineStart, Math.min(lineEnd + 1, text.length()) };
		}
		return new int[] { start, end };
	}

	private static boolean isUsableEdit(String datum) {
		if (datum == null) {
			return false;
		}
		try {
			if (datum.startsWith("remove=")) {
				String[] parts = datum.substring(7).split(":");
				return parts.length == 2 && Integer.parseInt(parts[0]) >= 0 && Integer.parseInt(parts[1]) >= 0;
			}
			if (datum.startsWith("insert=")) {
				String[] parts = datum.substring(7).split(":", 2);
				return parts.length == 2 && Integer.parseInt(parts[0]) >= 0;
			}
			if (datum.startsWith("replace=")) {
				String[] parts = datum.substring(8).split(":", 3);
				return parts.length == 3 && Integer.parseInt(parts[0]) >= 0 && Integer.parseInt(parts[1]) >= 0;
			}
		} catch (NumberFormatException e) {
			return false;
		}
		return false;
	}
}
