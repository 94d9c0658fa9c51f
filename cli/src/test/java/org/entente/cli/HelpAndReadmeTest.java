package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** Help that reads in whole sentences, and a README whose snippet is a valid scenario (issue 18). */
class HelpAndReadmeTest {

	@TempDir
	Path dir;

	private static String oneLine(String text) {
		return text.replaceAll("\\s+", " ");
	}

	@Test
	void topLevelHelpShowsEachCommandsSummaryAsAWholeSentence() {
		CliRunner help = CliRunner.run("--help");
		assertThat(help.exitCode()).isZero();
		CommandLine main = new CommandLine(new Main());
		main.getSubcommands().forEach((name, sub) -> {
			String[] description = sub.getCommandSpec().usageMessage().description();
			assertThat(description).as(name).isNotEmpty();
			assertThat(description[0]).as(name + ": the summary in the command list is a sentence").endsWith(".");
			assertThat(oneLine(help.out())).as(name).contains(oneLine(description[0]));
		});
	}

	@Test
	void everyDescriptionParagraphEndsASentence() {
		CommandLine main = new CommandLine(new Main());
		main.getSubcommands().forEach((name, sub) -> {
			for (String paragraph : sub.getCommandSpec().usageMessage().description()) {
				// picocli wraps each element as a paragraph: an element cut mid-sentence gives ragged breaks
				assertThat(paragraph).as(name).matches("(?s).*[.)]$");
			}
		});
	}

	@Test
	void theReadmeSnippetIsAScenarioThatChecksAndRuns() throws Exception {
		String readme = Files.readString(CliRunner.root().resolve("README.md"));
		Matcher block = Pattern.compile("```entente\\n(.*?)```", Pattern.DOTALL).matcher(readme);
		assertThat(block.find()).as("an ```entente block in README.md").isTrue();
		Path file = dir.resolve("teaser.entente");
		Files.writeString(file, block.group(1));
		CliRunner check = CliRunner.run("check", file.toString());
		assertThat(check.out()).isEqualTo("Checked 1 file: 0 errors, 0 warnings." + System.lineSeparator());
		CliRunner run = CliRunner.run("run", file.toString());
		assertThat(run.out()).contains("PASS in 1914: Russia at war with Germany");
		assertThat(run.exitCode()).isZero();
	}

	@Test
	void everyCommandIsInTheReadmeAndInTheCliGuide() throws Exception {
		String readme = Files.readString(CliRunner.root().resolve("README.md"));
		String guide = Files.readString(CliRunner.root().resolve("docs/cli.md"));
		for (String name : new CommandLine(new Main()).getSubcommands().keySet()) {
			if (name.equals("lsp")) {
				continue; // for editors: docs/editors.md
			}
			assertThat(readme).as(name).contains("`entente " + name);
			assertThat(guide).as(name).contains("## `entente " + name);
		}
	}
}
