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
	protected ParseHelper<Model> parser;
	@Inject
	protected ValidationTestHelper validation;

	protected String text;
	protected List<Issue> issues;
	protected long parseMillis;
	protected long linkMillis;
	protected long validateMillis;

	protected List<Issue> validate(String source) {
		try {
			text = source;
			long start = System.nanoTime();
			Model model = parser.parse(source);
			parseMillis = (System.nanoTime() - start) / 1_000_000;
			assertThat(model).isNotNull();
			assertThat(model.eResource().getErrors()).as("syntax errors").isEmpty();
			start = System.nanoTime();
			org.eclipse.emf.ecore.util.EcoreUtil.resolveAll(model.eResource());
			linkMillis = (System.nanoTime() - start) / 1_000_000;
			start = System.nanoTime();
			issues = validation.validate(model);
			validateMillis = (System.nanoTime() - start) / 1_000_000;
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

	protected static List<String> data(Issue issue) {
		return List.of(issue.getData());
	}
}
