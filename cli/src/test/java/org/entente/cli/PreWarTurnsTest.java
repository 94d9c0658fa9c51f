package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import org.entente.cli.history.HistoryBaselines.Baseline;
import org.entente.cli.history.HistoryHarness;
import org.entente.cli.history.Replay;
import org.entente.cli.history.WarResult;
import org.entente.engine.sim.SimulationOptions;
import org.entente.engine.trace.AlignmentChange;
import org.entente.engine.trace.Turn;
import org.entente.engine.trace.WarEntry;
import org.entente.importer.history.ReplaySetup;
import org.entente.importer.history.HistoryCase;
import org.entente.importer.history.WarData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code entente history --pre-war-turns K} (docs/validation-against-history.md, "Pre-war turns") on a
 * hand-made war (src/test/resources/prewar, invented states): Ruritania attacks Syldavia in 1910; Borduria,
 * tied to Syldavia by nothing but their common threat, is at war with Ruritania in history.
 */
class PreWarTurnsTest {

	@TempDir
	Path dir;

	Path data;
	HistoryCase war;

	@BeforeEach
	void handMadeData() throws Exception {
		data = HistoryFixtures.copy("/prewar", dir.resolve("data"));
		war = HistoryCase.of(data, WarData.read(data), 901);
	}

	@Test
	void twoPreWarTurnsLetTheAlignmentFormBeforeTheOpening() throws Exception {
		Replay replay = HistoryHarness.replay(data, war, SimulationOptions.defaults(), 2);
		String syl = replay.ids().get("SYL"), bor = replay.ids().get("BOR");

		assertThat(replay.trace().turns()).extracting(Turn::year).containsExactly(1908, 1909, 1910, 1911);
		// both balance against Ruritania since 1908: aligned in 1909, the turn before the onset
		assertThat(alignmentsFormedBefore(replay, 1910)).singleElement().satisfies(a -> {
			assertThat(a.year()).isEqualTo(1909);
			assertThat(a.kind()).isEqualTo("balancing");
			assertThat(List.of(a.state(), a.with().get(0))).containsExactlyInAnyOrder(syl, bor);
		});
		// the alignment (+2.28 with the defaults) is what brings Borduria in at the onset
		assertThat(entries(replay)).singleElement().satisfies(e -> {
			assertThat(e.year()).isEqualTo(1910);
			assertThat(e.state()).isEqualTo(bor);
			assertThat(e.cause()).contains("alignment with " + syl);
		});
	}

	@Test
	void withoutPreWarTurnsNoAlignmentExistsAtTheOnsetAndBorduriaStaysOut() throws Exception {
		Replay replay = HistoryHarness.replay(data, war, SimulationOptions.defaults(), 0);

		assertThat(replay.trace().turns()).extracting(Turn::year).containsExactly(1910, 1911);
		assertThat(alignmentsFormedBefore(replay, 1911)).isEmpty();
		assertThat(entries(replay)).isEmpty();
		// one pre-war turn is one turn of balancing: short of the two an alignment needs (§5a)
		Replay one = HistoryHarness.replay(data, war, SimulationOptions.defaults(), 1);
		assertThat(alignmentsFormedBefore(one, 1910)).isEmpty();
		assertThat(entries(one)).isEmpty();
	}

	@Test
	void scoringStaysOnTheWarsYears() throws Exception {
		WarResult without = HistoryHarness.evaluate(data, WarData.read(data), 901, SimulationOptions.defaults(),
				EnumSet.of(Baseline.nobody), ReplaySetup.PROTOCOL);
		WarResult with = HistoryHarness.evaluate(data, WarData.read(data), 901, SimulationOptions.defaults(),
				EnumSet.of(Baseline.nobody), ReplaySetup.preWar(2));
		// 3 states, 2 years: 6 pair-years either way; Borduria's two years at war are missed without, found with
		assertThat(counts(without)).containsExactly(2L, 0L, 2L, 2L);
		assertThat(counts(with)).containsExactly(4L, 0L, 0L, 2L);
		assertThat(with.modelScore().joinersFound()).containsExactly("BOR");
		assertThat(with.baselines().get(Baseline.nobody)).isEqualTo(without.baselines().get(Baseline.nobody));
	}

	@Test
	void theScenarioStartsEarlierWithTheOnsetsDataAndZeroChangesNothing() throws Exception {
		String plain = HistoryHarness.scenario(data, war).scenarioText();
		assertThat(HistoryHarness.scenario(data, war, 0).scenarioText()).isEqualTo(plain);
		assertThat(plain).contains("    from 1910 to 1911\n").doesNotContain("--pre-war-turns");

		String early = HistoryHarness.scenario(data, war, 2).scenarioText();
		assertThat(early).contains("    from 1908 to 1911\n")
				.contains("// entente history --pre-war-turns 2: quiet turns from 1908 with the data of 1910")
				.contains("in 1910: RUR attacks SYL");
		// the same states and numbers: only the first turn and the note differ
		assertThat(early.replace("from 1908", "from 1910")).startsWith(plain.substring(0, plain.indexOf("\n// entente history")));
		assertThatThrownBy(() -> war.importRequest(data, -1)).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("negative");
	}

	@Test
	void aStateThatEnteredTheSystemInsideTheWindowIsAbsentBeforeItsYear() throws Exception {
		// Borduria enters the state system in 1909: the two pre-war turns are run, Borduria from 1909 only
		Path states = data.resolve("cow_states.csv");
		Files.writeString(states, Files.readString(states).replace("BOR,203,Borduria,1900", "BOR,203,Borduria,1909"));
		HistoryCase late = HistoryCase.of(data, WarData.read(data), 901);
		assertThat(late.entrantsAfter(1908)).containsExactly(java.util.Map.entry("BOR", 1909));
		Replay replay = HistoryHarness.replay(data, late, SimulationOptions.defaults(), 2);
		String bor = replay.ids().get("BOR");
		assertThat(replay.trace().turns()).extracting(Turn::year).containsExactly(1908, 1909, 1910, 1911);
		assertThat(replay.scenarioText()).contains("    since 1909\n")
				.contains("// entente history --pre-war-turns 2: quiet turns from 1908 with the data of 1910"
						+ "; scored from 1910; entering the state system in their own year: BOR 1909");
		Turn first = replay.trace().turns().get(0), second = replay.trace().turns().get(1);
		assertThat(first.state(bor)).isEmpty();
		assertThat(first.events()).isEmpty();
		assertThat(second.state(bor)).isPresent();
		assertThat(second.events()).containsExactly(bor + " enters the state system");
		// one quiet turn of Borduria's is short of the two an alignment needs (§5a): it stays out as at K = 0
		assertThat(entries(replay)).isEmpty();

		// entering in the onset's year: present from the onset's turn, before the opening attack
		Files.writeString(states, Files.readString(states).replace("BOR,203,Borduria,1909", "BOR,203,Borduria,1910"));
		HistoryCase onset = HistoryCase.of(data, WarData.read(data), 901);
		Replay atOnset = HistoryHarness.replay(data, onset, SimulationOptions.defaults(), 2);
		assertThat(atOnset.trace().turns()).extracting(Turn::year).containsExactly(1908, 1909, 1910, 1911);
		assertThat(atOnset.trace().turns().get(1).state(bor)).isEmpty();
		assertThat(atOnset.trace().turns().get(2).events()).first().isEqualTo(bor + " enters the state system");
		assertThat(atOnset.scenarioText()).contains("entering the state system in their own year: BOR 1910");
	}

	@Test
	void commandTakesTheOptionAndSaysSo() {
		CliRunner r = CliRunner.run("history", "--war", "901", "--pre-war-turns", "2", "--data", data.toString());
		assertThat(r.exitCode()).as(r.err()).isEqualTo(0);
		assertThat(r.out()).contains("Scored: 6 pair-years (2 years x 3 pairs)")
				.containsPattern("(?m)^model\\s+4\\s+0\\s+0\\s+2\\s")
				.contains("Pre-war turns: 2 quiet turn(s) before each onset");
		CliRunner plain = CliRunner.run("history", "--war", "901", "--data", data.toString());
		assertThat(plain.out()).containsPattern("(?m)^model\\s+2\\s+0\\s+2\\s+2\\s").doesNotContain("Pre-war turns");
		// machine-readable output stays as it is: no note line
		CliRunner csv = CliRunner.run("history", "--war", "901", "--pre-war-turns", "2", "--format", "csv", "--data",
				data.toString());
		assertThat(csv.out()).doesNotContain("Pre-war turns");
	}

	@Test
	void theWarsScenarioCanBeWrittenAndRunAsAFile() throws Exception {
		Path file = dir.resolve("out/war-901.entente");
		CliRunner r = CliRunner.run("history", "--war", "901", "--pre-war-turns", "2", "--write-scenario", file.toString(),
				"--data", data.toString());
		assertThat(r.exitCode()).as(r.err()).isEqualTo(0);
		assertThat(r.err()).contains("entente: wrote " + file);
		String text = Files.readString(file);
		assertThat(text).isEqualTo(HistoryHarness.scenario(data, war, 2).scenarioText())
				.contains("    from 1908 to 1911\n").contains("RUR attacks SYL");
		// the file runs as any scenario: Borduria enters in 1910 on its alignment, as in the replay scored above
		CliRunner run = CliRunner.run("run", file.toString());
		assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
		assertThat(run.out()).containsPattern("BOR enters .*alignment with SYL");

		CliRunner all = CliRunner.run("history", "--all", "--write-scenario", file.toString(), "--data", data.toString());
		assertThat(all.exitCode()).isEqualTo(2);
		assertThat(all.err()).contains("--write-scenario goes with --war");
		assertThat(all.out()).isEmpty();

		Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a folder");
		CliRunner unwritable = CliRunner.run("history", "--war", "901", "--write-scenario", blocker.resolve("x.entente").toString(),
				"--data", data.toString());
		assertThat(unwritable.exitCode()).isEqualTo(1);
		assertThat(unwritable.err()).contains("entente: cannot write '" + blocker.resolve("x.entente") + "'").doesNotContain("Exception");
		assertThat(Files.readString(blocker)).isEqualTo("a file, not a folder");
	}

	@Test
	void negativeOrNonNumericTurnsAreUsageErrors() {
		CliRunner negative = CliRunner.run("history", "--war", "901", "--pre-war-turns", "-1", "--data", data.toString());
		assertThat(negative.exitCode()).isEqualTo(2);
		assertThat(negative.err()).contains("--pre-war-turns must be 0 or more").contains("not -1");
		assertThat(negative.out()).isEmpty();

		CliRunner fit = CliRunner.run("history", "--fit", "--pre-war-turns", "-3", "--data", data.toString());
		assertThat(fit.exitCode()).isEqualTo(2);
		assertThat(fit.err()).contains("--pre-war-turns must be 0 or more");

		CliRunner word = CliRunner.run("history", "--war", "901", "--pre-war-turns", "two", "--data", data.toString());
		assertThat(word.exitCode()).isEqualTo(2);
		assertThat(word.err()).contains("--pre-war-turns");
	}

	private static List<Long> counts(WarResult r) {
		return List.of(r.modelScore().truePositives(), r.modelScore().falsePositives(), r.modelScore().falseNegatives(),
				r.modelScore().trueNegatives());
	}

	private static List<AlignmentChange> alignmentsFormedBefore(Replay replay, int year) {
		return replay.trace().turns().stream().filter(t -> t.year() < year)
				.flatMap(t -> t.alignmentChanges().stream()).filter(AlignmentChange::formed).toList();
	}

	private static List<WarEntry> entries(Replay replay) {
		return replay.trace().turns().stream().flatMap(t -> t.warEntries().stream())
				.filter(e -> e.kind() == WarEntry.Kind.ENTERS).toList();
	}
}
