package org.entente.ide.contentassist;

import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.InsertTextFormat;

/**
 * Completion for clients without {@code completionItem.snippetSupport}: a snippet becomes the text it
 * would insert with its placeholders' defaults, on one line (clients such as Neovim's omnifunc insert
 * a line break inside a completion as a NUL character; the formatter lays the line out afterwards).
 */
public final class PlainTextCompletion {

	private static final Pattern CHOICE = Pattern.compile("\\$\\{\\d+\\|([^,|}]*)[^}]*\\|\\}");
	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{\\d+:([^}]*)\\}");
	private static final Pattern TAB_STOP = Pattern.compile("\\$\\{?\\d+\\}?");
	private static final Pattern LINE_BREAK = Pattern.compile("[ \\t]*\\R\\s*");

	private PlainTextCompletion() {
	}

	/** The text a snippet inserts when every placeholder keeps its default, on one line. */
	public static String plain(String snippet) {
		String text = CHOICE.matcher(snippet).replaceAll(m -> m.group(1));
		text = PLACEHOLDER.matcher(text).replaceAll(m -> m.group(1));
		text = TAB_STOP.matcher(text).replaceAll("");
		return LINE_BREAK.matcher(text).replaceAll(" ").replace('\t', ' ');
	}

	/** Turns the snippets among the items into plain text, in place. */
	public static void toPlainText(List<CompletionItem> items) {
		for (CompletionItem item : items) {
			if (item.getInsertTextFormat() != InsertTextFormat.Snippet) {
				continue;
			}
			item.setInsertTextFormat(InsertTextFormat.PlainText);
			if (item.getTextEdit() != null && item.getTextEdit().isLeft()) {
				item.getTextEdit().getLeft().setNewText(plain(item.getTextEdit().getLeft().getNewText()));
			} else if (item.getTextEdit() != null) {
				item.getTextEdit().getRight().setNewText(plain(item.getTextEdit().getRight().getNewText()));
			}
			if (item.getInsertText() != null) {
				item.setInsertText(plain(item.getInsertText()));
			}
		}
	}
}
