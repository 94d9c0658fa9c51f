package org.entente.tests.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.entente.entente.Model;
import org.entente.validation.EntenteIssueCodes;

import com.google.inject.Inject;

/** Parses a text, validates it, and finds issues by code; issues are located by the words they underline. */
abstract class ValidationTestBase {

	@Inject
	private ParseHelper<Model> parser;
	@Inject
	private ValidationTestHelper validation;

	protected String text;
	protected List<Issue> issues;

	protected List<Issue> validate(String source) {
		try {
			text = source;
			Model model = parser.parse(source);
			assertThat(model).isNotNull();
			assertThat(model.eResource().getErrors()).as("syntax errors").isEmpty();
			issues = validation.validate(model);
			return issues;
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	protected List<Issue> withCode(String code) {
		return issues.stream().filter(i -> code.equals(i.getCode())).toList();
	}

	/** Exactly one issue with this code; returns it. */
	protected Issue one(String code) {
		List<Issue> found = withCode(code);
		assertThat(found).as("issues with code %s among %s", EntenteIssueCodes.shortCode(code), issues).hasSize(1);
		return found.get(0);
	}

	protected void none(String code) {
		assertThat(withCode(code)).as("issues with code %s", EntenteIssueCodes.shortCode(code)).isEmpty();
	}

	protected void noErrors() {
		assertThat(issues.stream().filter(i -> i.getSeverity() == Severity.ERROR).toList()).isEmpty();
	}

	protected void clean() {
		assertThat(issues).isEmpty();
	}

	/** The text an issue underlines. */
	protected String underlined(Issue issue) {
		return text.substring(issue.getOffset(), issue.getOffset() + issue.getLength());
	}

	/** The first offset of {@code words} after the first occurrence of {@code after}. */
	protected int offsetOf(String words, String after) {
		return text.indexOf(words, text.indexOf(after));
	}

	protected Issue error(String code, String underlined, int line) {
		Issue issue = one(code);
		assertThat(issue.getSeverity()).isEqualTo(Severity.ERROR);
		assertThat(underlined(issue)).isEqualTo(underlined);
		assertThat(issue.getLineNumber()).isEqualTo(line);
		return issue;
	}

	protected Issue warning(String code, String underlined, int line) {
		Issue issue = one(code);
		assertThat(issue.getSeverity()).isEqualTo(Severity.WARNING);
		assertThat(underlined(issue)).isEqualTo(underlined);
		assertThat(issue.getLineNumber()).isEqualTo(line);
		return issue;
	}

	/** Applies a {@code remove=OFFSET:LENGTH} of the issue data to the text. */
	protected String applyRemove(Issue issue) {
		for (String d : issue.getData()) {
			if (d.startsWith("remove=")) {
				String[] parts = d.substring("remove=".length()).split(":");
				int offset = Integer.parseInt(parts[0]);
				int length = Integer.parseInt(parts[1]);
				return text.substring(0, offset) + text.substring(offset + length);
			}
		}
		throw new AssertionError("no remove= in " + List.of(issue.getData()));
	}

	/** Applies every {@code replace=} and {@code insert=} of the issue data (from the back). */
	protected String applyEdits(Issue issue) {
		record Edit(int offset, int length, String text) {
		}
		java.util.List<Edit> edits = new java.util.ArrayList<>();
		for (String d : issue.getData()) {
			if (d.startsWith("replace=")) {
				String[] parts = d.substring("replace=".length()).split(":", 3);
				edits.add(new Edit(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), parts[2]));
			} else if (d.startsWith("insert=")) {
				String[] parts = d.substring("insert=".length()).split(":", 2);
				edits.add(new Edit(Integer.parseInt(parts[0]), 0, parts[1]));
			}
		}
		edits.sort((a, b) -> Integer.compare(b.offset(), a.offset()));
		String out = text;
		for (Edit e : edits) {
			out = out.substring(0, e.offset()) + e.text() + out.substring(e.offset() + e.length());
		}
		return out;
	}

	protected static List<String> data(Issue issue) {
		return List.of(issue.getData());
	}
}
