package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** entente history against the repository's data/ folder: output shapes, exit codes, errors. */
class HistoryCommandTest {

	@TempDir
	Path dir;

	static Path data() {
		return CliRunner.root().resolve("data");
	}

	@Test
	void replaysTheFirstWorldWarWithItsTwoScriptedOpenings() {
		CliRunner r = CliRunner.run("history", "--war", "106", "--baseline", "nobody", "--data", data().toString());
		assertThat(r.exitCode()).as(r.err()).isEqualTo(0);
		assertThat(r.out()).contains("War 106, 1914-1918: 19 states imported at onset (1914)")
				.contains("Opening attacks (scripted): AUH attacks YUG; GMY attacks BEL alongside AUH")
				.contains("855 pair-years").contains("162 at war in history")
				// nobody joins: the two opening pairs for five years, every one right
				.containsPattern("(?m)^nobody\\s+10\\s+0\\s+152\\s+693\\s")
				.contains("1915: AUH at war with ITA in history, not in the model");
	}

	@Test
	void findsTheRepositoryDataFolderWithoutDataOption() {
		CliRunner r = CliRunner.run("history", "--war", "16");
		assertThat(r.exitCode()).as(r.err()).isEqualTo(0);
		assertThat(r.out()).contains("Opening attacks (scripted): FRN attacks PAP");
	}

	@Test
	void jsonHasEveryRunWithCountsAndMisses() throws IOException {
		CliRunner r = CliRunner.run("history", "--war", "16", "--format", "json", "--baseline", "nobody,allies",
				"--data", data().toString());
		assertThat(r.exitCode()).as(r.err()).isEqualTo(0);
		JsonNode root = new ObjectMapper().readTree(r.out());
		assertThat(root.get("schema").asText()).isEqualTo("entente-history/1");
		JsonNode war = root.get("wars").get(0);
		assertThat(war.get("war").asInt()).isEqualTo(16);
		assertThat(war.get("openings").get(0).get("source").asText()).contains("Sarkees & Wayman (2010)");
		List<String> runs = iterate(war.get("runs").fieldNames());
		assertThat(runs).containsExactly("model", "nobody", "allies");
		JsonNode nobody = war.get("runs").get("nobody");
		long n = nobody.get("tp").asLong() + nobody.get("fp").asLong() + nobody.get("fn").asLong() + nobody.get("tn").asLong();
		assertThat(n).isEqualTo(war.get("states").size() * (war.get("states").size() - 1) / 2);
		assertThat(root.get("total").get("runs").get("model").get("mcc").isNumber()).isTrue();
	}

	private static List<String> iterate(java.util.Iterator<String> it) {
		List<String> out = new java.util.ArrayList<>();
		it.forEachRemaining(out::add);
		return out;
	}

	@Test
	void allPrintsOneRowPerMultiStateWarAndATotal() throws IOException {
		// a data folder whose dyadic table holds two multi-state wars (16, 46) and a two-state one (1)
		Path small = copyData(dir.resolve("small"));
		List<String> lines = Files.readAllLines(data().resolve("cow_war_dyadic.csv"));
		Files.write(small.resolve("cow_war_dyadic.csv"), lines.stream()
				.filter(l -> l.startsWith("warnum") || l.startsWith("16,") || l.startsWith("46,") || l.startsWith("1,"))
				.collect(Collectors.toList()));
		CliRunner r = CliRunner.run("history", "--all", "--format", "csv", "--baseline", "nobody", "--data", small.toString());
		assertThat(r.exitCode()).as(r.err()).isEqualTo(0);
		List<String> rows = r.out().lines().toList();
		assertThat(rows.get(0)).isEqualTo("war,first_year,last_year,states,run,tp,fp,fn,tn,accuracy,mcc,"
				+ "joiners_found,false_joiners,missed_joiners");
		assertThat(rows.subList(1, rows.size())).extracting(l -> l.split(",")[0] + "/" + l.split(",")[4])
				.containsExactly("16/model", "16/nobody", "46/model", "46/nobody", "total/model", "total/nobody");
		CliRunner text = CliRunner.run("history", "--all", "--baseline", "nobody", "--data", small.toString());
		assertThat(text.out().lines().filter(l -> l.startsWith("total "))).hasSize(1);
	}

	@Test
	void fitPrintsTheSignConstrainedWeightsBesideThePlainFit() throws IOException {
		// two multi-state wars (16, 46): too few decisions to reproduce the defaults, enough for the output's shape
		Path small = copyData(dir.resolve("fit"));
		List<String> lines = Files.readAllLines(data().resolve("cow_war_dyadic.csv"));
		Files.write(small.resolve("cow_war_dyadic.csv"), lines.stream()
				.filter(l -> l.startsWith("warnum") || l.startsWith("16,") || l.startsWith("46,"))
				.collect(Collectors.toList()));
		// the fit of the defaults: the model's own replay
		CliRunner own = CliRunner.run("history", "--fit", "--data", small.toString());
		assertThat(own.exitCode()).as(own.err()).isEqualTo(0);
		assertThat(own.out()).contains("(each war is replayed with the model's own choices and every decision the model takes is labelled")
				.contains("--conditional fits in history's situations instead").doesNotContain("conditional likelihood")
				.containsPattern("the (fitted weights are the defaults|defaults differ from these weights)");
		CliRunner r = CliRunner.run("history", "--fit", "--conditional", "--data", small.toString());
		assertThat(r.exitCode()).as(r.err()).isEqualTo(0);
		assertThat(r.out()).contains("but beta0 constrained to be >= 0")
				// the conditional likelihood: history's choices in history's situations
				.contains("(conditional likelihood: each war is replayed with every state doing what it did in history that year,")
				.contains("probability of history's choices given history's situations")
				.contains("pass 1: 2 wars").contains("without the sign constraint")
				.containsPattern("pair-year MCC over these wars: -?[01]\\.[0-9]{3} with the design's weights")
				.containsPattern("the fitted weights are the defaults|these are not the defaults: the defaults are the fit in the model's own situations")
				// damped fixed-point iteration: the stopping rule and whether it was met are stated
				.containsPattern("(?m)^(converged|not converged) in [0-9]+ passes \\(each pass moves the weights 0\\.5 of the way to its fit; stop when every move < 0\\.01\\)$");
		// under the constraint no weight but the base rate is negative
		assertThat(r.out().lines().filter(l -> l.matches("  beta(BP|[TBCXG]) .*")))
				.isNotEmpty().allSatisfy(l -> assertThat(Double.parseDouble(l.trim().split("\\s+")[1])).isGreaterThanOrEqualTo(0));
		// buck-passing is fitted, chain-ganging is not (no offensive doctrine in the data)
		assertThat(r.out()).contains("  betaBP ").doesNotContain("  betaCG ").contains("betaCG, chain-ganging, is not fitted");

		// the model's sampled situations: N drawn replays per war and pass, counts per replay, the same seed the same bytes
		CliRunner sampled = CliRunner.run("history", "--fit", "--samples", "4", "--seed", "7", "--data", small.toString());
		assertThat(sampled.exitCode()).as(sampled.err()).isEqualTo(0);
		assertThat(sampled.out()).contains("(the model's sampled situations: each war is replayed 4 times with every decision drawn")
				.contains("each replay's decisions weigh 1/4;")
				.containsPattern("(?m)^pass 1: 2 wars, [0-9]+\\.[0-9] decisions, [0-9]+\\.[0-9] joins; log-likelihood")
				.containsPattern("the fitted weights are the defaults|these are not the defaults: the defaults are the fit in the model's deterministic situations");
		assertThat(CliRunner.run("history", "--fit", "--samples", "4", "--seed", "7", "--data", small.toString()).out())
				.isEqualTo(sampled.out());
		assertThat(CliRunner.run("history", "--fit", "--samples", "4", "--seed", "8", "--data", small.toString()).out())
				.isNotEqualTo(sampled.out());
	}

	@Test
	void unknownWarIsAUsageErrorNamingTheWarsThatExist() {
		CliRunner r = CliRunner.run("history", "--war", "139", "--data", data().toString());
		assertThat(r.exitCode()).isEqualTo(2);
		assertThat(r.err()).contains("No war 139 in cow_war_dyadic.csv").contains("multi-state: 10, 16");
		assertThat(r.out()).isEmpty();
	}

	@Test
	void aTwoStateWarIsAUsageError() {
		CliRunner r = CliRunner.run("history", "--war", "1", "--data", data().toString());
		assertThat(r.exitCode()).isEqualTo(2);
		assertThat(r.err()).contains("War 1 (1823-1823) has only two participants");
	}

	@Test
	void aDataFolderWithoutTheWarTableIsAUsageError() throws IOException {
		Path noWars = copyData(dir.resolve("nowars"));
		Files.delete(noWars.resolve("war_openings.csv"));
		CliRunner r = CliRunner.run("history", "--war", "106", "--data", noWars.toString());
		assertThat(r.exitCode()).isEqualTo(2);
		assertThat(r.err()).contains("No war table war_openings.csv in data folder " + noWars);
	}

	@Test
	void badFormatOrBaselineOrMissingSelectionIsAUsageError() {
		assertThat(CliRunner.run("history", "--war", "16", "--format", "xml").exitCode()).isEqualTo(2);
		assertThat(CliRunner.run("history", "--war", "16", "--baseline", "everyone").exitCode()).isEqualTo(2);
		assertThat(CliRunner.run("history").exitCode()).isEqualTo(2);
		assertThat(CliRunner.run("history", "--war", "16", "--all").exitCode()).isEqualTo(2);
		assertThat(CliRunner.run("history", "--war", "16", "--data", dir.resolve("missing").toString()).exitCode())
				.isEqualTo(2);
	}

	// ------------------------------------------------------------------ sampled mode (--samples)

	@Test
	void samplesAddTheBrierBlockAfterTheDeterministicOutputUnchanged() {
		CliRunner deterministic = CliRunner.run("history", "--war", "16", "--baseline", "nobody", "--data", data().toString());
		CliRunner r = CliRunner.run("history", "--war", "16", "--samples", "50", "--seed", "1", "--data", data().toString());
		assertThat(r.exitCode()).as(r.err()).isEqualTo(0);
		// "nobody" is always scored in sampled mode (the reference of the skill), so the table is --baseline nobody's
		assertThat(r.out()).startsWith(deterministic.out())
				.contains("\nSampled: 50 runs drawing every decision (seed 1); forecast = per pair-year the share of runs at war\n"
						+ "run        Brier   skill\n")
				.containsPattern("(?m)^model\\s+0\\.\\d{4}\\s+-?\\d+\\.\\d{3}$")
				.containsPattern("(?m)^nobody\\s+0\\.\\d{4}\\s+0\\.000$")
				.containsPattern("Furthest from history \\((\\d+) of \\d+ pair-years where the forecast is not history's 0 or 1\\):");
		List<String> furthest = r.out().lines().dropWhile(l -> !l.startsWith("Furthest from history")).skip(1).toList();
		assertThat(furthest).isNotEmpty().allMatch(l -> l.matches(
				"  1849: [A-Z]{3} at (war with [A-Z]{3} in history; model (\\d+|<1|>99) %|peace with [A-Z]{3} in history; model at war in (\\d+|<1|>99) %) of runs"));
	}

	@Test
	void theSameSeedGivesTheSameBytesAndTheDefaultSeedIsZero() {
		String[] args = { "history", "--war", "16", "--samples", "40", "--format", "json", "--data", data().toString() };
		CliRunner first = CliRunner.run(withSeed(args, "3"));
		assertThat(first.exitCode()).as(first.err()).isEqualTo(0);
		assertThat(CliRunner.run(withSeed(args, "3")).out()).isEqualTo(first.out());
		// imports declare no seed, so the default is 0, as for 'entente run --samples' on a file without one
		assertThat(CliRunner.run(args).out()).isEqualTo(CliRunner.run(withSeed(args, "0")).out());
		// war 106 has 132 uncertain decisions: two seeds draw different runs
		CliRunner a = CliRunner.run("history", "--war", "106", "--samples", "20", "--seed", "1", "--format", "csv");
		CliRunner b = CliRunner.run("history", "--war", "106", "--samples", "20", "--seed", "2", "--format", "csv");
		assertThat(a.out()).isNotEqualTo(b.out());
	}

	private static String[] withSeed(String[] args, String seed) {
		List<String> out = new java.util.ArrayList<>(List.of(args));
		out.add("--seed");
		out.add(seed);
		return out.toArray(String[]::new);
	}

	@Test
	void jsonHasEveryShareAndTheBrierItAddsUpTo() throws IOException {
		CliRunner r = CliRunner.run("history", "--war", "16", "--samples", "50", "--seed", "1", "--baseline", "allies",
				"--format", "json", "--data", data().toString());
		assertThat(r.exitCode()).as(r.err()).isEqualTo(0);
		JsonNode war = new ObjectMapper().readTree(r.out()).get("wars").get(0);
		assertThat(iterate(war.get("runs").fieldNames())).containsExactly("model", "nobody", "allies");
		JsonNode sampled = war.get("sampled");
		assertThat(sampled.get("samples").asInt()).isEqualTo(50);
		assertThat(sampled.get("seed").asLong()).isEqualTo(1);
		assertThat(iterate(sampled.get("brier").fieldNames())).containsExactly("model", "nobody", "allies");
		assertThat(sampled.get("skill").get("nobody").asDouble()).isZero();
		// the listed shares are every pair-year at war in a run or in history; the rest are 0 in both
		int states = war.get("states").size();
		long pairYears = (long) states * (states - 1) / 2;
		double sum = 0;
		for (JsonNode e : sampled.get("shares")) {
			double p = e.get("share").asDouble();
			assertThat(p).isBetween(0.0, 1.0);
			double o = e.get("atWarInHistory").asBoolean() ? 1 : 0;
			sum += (p - o) * (p - o);
		}
		assertThat(sampled.get("brier").get("model").asDouble()).isCloseTo(sum / pairYears, within(1e-6));
		// a 0/1 run's Brier is its error rate
		JsonNode allies = war.get("runs").get("allies");
		assertThat(sampled.get("brier").get("allies").asDouble()).isCloseTo(1 - allies.get("accuracy").asDouble(), within(1e-4));
		assertThat(sampled.get("furthest").size()).isBetween(1, 20);
		JsonNode total = new ObjectMapper().readTree(r.out()).get("total").get("sampled");
		assertThat(total.get("brier").get("model").asDouble()).isEqualTo(sampled.get("brier").get("model").asDouble());
	}

	@Test
	void allWithSamplesAddsTheBrierColumnsAndThePooledTotal() throws IOException {
		Path small = copyData(dir.resolve("sampled"));
		List<String> lines = Files.readAllLines(data().resolve("cow_war_dyadic.csv"));
		Files.write(small.resolve("cow_war_dyadic.csv"), lines.stream()
				.filter(l -> l.startsWith("warnum") || l.startsWith("16,") || l.startsWith("46,"))
				.collect(Collectors.toList()));
		CliRunner csv = CliRunner.run("history", "--all", "--samples", "30", "--format", "csv", "--data", small.toString());
		assertThat(csv.exitCode()).as(csv.err()).isEqualTo(0);
		List<String> rows = csv.out().lines().toList();
		assertThat(rows.get(0)).endsWith(",missed_joiners,samples,seed,brier,brier_skill");
		assertThat(rows.subList(1, rows.size())).extracting(l -> l.split(",")[0] + "/" + l.split(",")[4])
				.containsExactly("16/model", "16/nobody", "46/model", "46/nobody", "total/model", "total/nobody");
		assertThat(rows.get(rows.size() - 1)).matches("total,,,\\d+,nobody,.*,30,,0\\.\\d{6},0\\.0000");
		CliRunner text = CliRunner.run("history", "--all", "--samples", "30", "--data", small.toString());
		assertThat(text.out().lines().findFirst().orElseThrow()).endsWith(" | Brier:  model   skill nobody");
		assertThat(text.out()).containsPattern("(?m)^total .* \\|        0\\.\\d{4} +-?\\d+\\.\\d{3} 0\\.\\d{4}$")
				.contains("Brier: per pair-year the share of 30 sampled runs at war (seed 0)");
	}

	@Test
	void samplesBelowOneSeedWithoutSamplesAndFitWithSamplesAreUsageErrors() {
		CliRunner zero = CliRunner.run("history", "--war", "16", "--samples", "0");
		assertThat(zero.exitCode()).isEqualTo(2);
		assertThat(zero.err()).contains("--samples must be at least 1");
		assertThat(zero.out()).isEmpty();
		CliRunner negative = CliRunner.run("history", "--war", "16", "--samples=-3");
		assertThat(negative.exitCode()).isEqualTo(2);
		assertThat(negative.err()).contains("--samples must be at least 1 (the number of sampled runs per war), not -3");
		CliRunner seed = CliRunner.run("history", "--war", "16", "--seed", "5");
		assertThat(seed.exitCode()).isEqualTo(2);
		assertThat(seed.err()).contains("--seed needs --samples N");
		CliRunner fit = CliRunner.run("history", "--fit", "--conditional", "--samples", "10");
		assertThat(fit.exitCode()).isEqualTo(2);
		assertThat(fit.err()).contains("--conditional takes no --samples: in history's situations every state does what it did");
		assertThat(fit.out()).isEmpty();
		CliRunner conditional = CliRunner.run("history", "--war", "16", "--conditional");
		assertThat(conditional.exitCode()).isEqualTo(2);
		assertThat(conditional.err()).contains("--conditional goes with --fit");
		assertThat(conditional.out()).isEmpty();
	}

	@Test
	void aWeightReplacesItsDefaultForTheModelOnlyAndIsNamedInTheOutput() {
		// war 46 (1864): with the defaults only Austria-Hungary joins Prussia; a higher base rate brings in four more
		CliRunner defaults = CliRunner.run("history", "--war", "46", "--baseline", "nobody", "--data", data().toString());
		assertThat(defaults.out()).contains("Model: found AUH; false none; missed none").doesNotContain("Weights:");
		CliRunner changed = CliRunner.run("history", "--war", "46", "--baseline", "nobody", "--weight", "baseRate=-1.6",
				"--weight", "bandwagoning=2", "--data", data().toString());
		assertThat(changed.exitCode()).as(changed.err()).isEqualTo(0);
		assertThat(changed.out()).contains("Model: found AUH; false FRN, ITA, RUS, UKG; missed none")
				.contains("Weights: the defaults with baseRate -1.6, bandwagoning 2.0 (the model only; the baselines are unchanged).");
		// "nobody joins" is the same line either way
		assertThat(changed.out().lines().filter(l -> l.startsWith("nobody ")))
				.containsExactlyElementsOf(defaults.out().lines().filter(l -> l.startsWith("nobody ")).toList());
	}

	@Test
	void weightAndCrossValidateOutsideTheirSelectionOrWithABadNameOrValueAreUsageErrors() throws IOException {
		Path oneWarData = copyData(dir.resolve("one"));
		List<String> lines = Files.readAllLines(data().resolve("cow_war_dyadic.csv"));
		Files.write(oneWarData.resolve("cow_war_dyadic.csv"), lines.stream()
				.filter(l -> l.startsWith("warnum") || l.startsWith("16,")).collect(Collectors.toList()));
		CliRunner unknown = CliRunner.run("history", "--war", "46", "--weight", "threat=2");
		assertThat(unknown.exitCode()).isEqualTo(2);
		assertThat(unknown.err()).contains("--weight: no decision weight 'threat'; the weights are baseRate, threatBalancing,");
		assertThat(unknown.out()).isEmpty();
		CliRunner tooLarge = CliRunner.run("history", "--all", "--weight", "exposure=60");
		assertThat(tooLarge.exitCode()).isEqualTo(2);
		assertThat(tooLarge.err()).contains("--weight exposure: the value must be a number between -50 and 50, not 60.0");
		CliRunner withFit = CliRunner.run("history", "--fit", "--weight", "exposure=1");
		assertThat(withFit.exitCode()).isEqualTo(2);
		assertThat(withFit.err()).contains("--weight goes with --war or --all: --fit estimates the weights");
		CliRunner oneWar = CliRunner.run("history", "--fit", "--cross-validate", "--data", oneWarData.toString());
		assertThat(oneWar.exitCode()).isEqualTo(2);
		assertThat(oneWar.err()).contains("--cross-validate needs at least 2 multi-state wars in the data").endsWith("has 1\n");
		assertThat(oneWar.out()).isEmpty();
		CliRunner withoutFit = CliRunner.run("history", "--all", "--cross-validate");
		assertThat(withoutFit.exitCode()).isEqualTo(2);
		assertThat(withoutFit.err()).contains("--cross-validate goes with --fit");
		assertThat(withoutFit.out()).isEmpty();
	}

	@Test
	void crossValidatePrintsEachWarWithWeightsFittedWithoutItAndThePooledFigure() throws IOException {
		Path small = copyData(dir.resolve("cv"));
		List<String> lines = Files.readAllLines(data().resolve("cow_war_dyadic.csv"));
		Files.write(small.resolve("cow_war_dyadic.csv"), lines.stream()
				.filter(l -> l.startsWith("warnum") || l.startsWith("16,") || l.startsWith("46,"))
				.collect(Collectors.toList()));
		CliRunner r = CliRunner.run("history", "--fit", "--cross-validate", "--data", small.toString());
		assertThat(r.exitCode()).as(r.err()).isEqualTo(0);
		assertThat(r.out()).startsWith("Leave-one-war-out cross-validation of the fit (in the model's own situations, as the defaults)")
				.contains("each war is replayed with the weights fitted on the other war")
				.containsPattern("(?m)^16 +1849-1849 \\| \\d+/\\d+/\\d+/\\d+ +-?[01]\\.\\d{3} \\| ")
				.containsPattern("(?m)^46 +1864-1864 \\| ")
				.containsPattern("(?m)^total +2 wars +\\| .*\\(the fit on all wars")
				.containsPattern("(?m)^pooled pair-year MCC on wars the weights were not fitted to: -?[01]\\.\\d{3} \\(in-sample -?[01]\\.\\d{3}, nobody joins -?[01]\\.\\d{3}\\)$");
		// CSV: three runs per war, the totals pool the wars' held-out counts
		CliRunner csv = CliRunner.run("history", "--fit", "--cross-validate", "--format", "csv", "--data", small.toString());
		assertThat(csv.exitCode()).as(csv.err()).isEqualTo(0);
		List<String[]> rows = csv.out().lines().skip(1).map(l -> l.split(",", -1)).toList();
		assertThat(csv.out().lines().findFirst().orElseThrow())
				.isEqualTo("war,first_year,last_year,run,tp,fp,fn,tn,mcc,converged,beta0,betaT,betaB,betaC,betaX,betaG,betaBP");
		assertThat(rows).extracting(c -> c[0] + "/" + c[3]).containsExactly("16/held_out", "16/in_sample", "16/nobody",
				"46/held_out", "46/in_sample", "46/nobody", "total/held_out", "total/in_sample", "total/nobody");
		int heldOutTp = rows.stream().filter(c -> !c[0].equals("total") && c[3].equals("held_out")).mapToInt(c -> Integer.parseInt(c[4])).sum();
		assertThat(rows.get(6)[4]).isEqualTo(String.valueOf(heldOutTp));
		// JSON: the same counts
		CliRunner json = CliRunner.run("history", "--fit", "--cross-validate", "--format", "json", "--data", small.toString());
		assertThat(json.exitCode()).as(json.err()).isEqualTo(0);
		JsonNode root = new ObjectMapper().readTree(json.out());
		assertThat(root.get("schema").asText()).isEqualTo("entente-cross-validation/1");
		assertThat(root.get("wars")).hasSize(2);
		assertThat(root.at("/total/heldOut/tp").asInt()).isEqualTo(heldOutTp);
		assertThat(root.at("/wars/0/weightsFittedWithout/betaT").asDouble()).isEqualTo(Double.parseDouble(rows.get(0)[11]), within(1e-4));
		// plain --fit prints text only, so other formats are refused rather than ignored
		CliRunner fitJson = CliRunner.run("history", "--fit", "--format", "json", "--data", small.toString());
		assertThat(fitJson.exitCode()).isEqualTo(2);
		assertThat(fitJson.err()).contains("--fit prints text: --format json goes with --war, --all or --fit --cross-validate");
		assertThat(fitJson.out()).isEmpty();
	}

	@Test
	void seaBordersBringBritainInto1914WithPreWarTurns() {
		// docs/validation-against-history.md, "Sea borders": within 400 miles of water Germany is Britain's neighbour, Britain
		// balances against it in the quiet turns and enters; with land borders only it stays out
		CliRunner land = CliRunner.run("history", "--war", "106", "--pre-war-turns", "2", "--data", data().toString());
		assertThat(land.out()).contains("missed BUL, ITA, JPN, POR, UKG, USA").doesNotContain("Sea borders");
		CliRunner sea = CliRunner.run("history", "--war", "106", "--pre-war-turns", "2", "--sea-borders", "400", "--data",
				data().toString());
		assertThat(sea.exitCode()).as(sea.err()).isEqualTo(0);
		assertThat(sea.out()).contains("Model: found FRN, GRC, JPN, POR, ROM, RUS, TUR, UKG; false none; missed BUL, ITA, USA")
				.contains("Sea borders: states separated by at most 400 miles of water");
		CliRunner bad = CliRunner.run("history", "--war", "106", "--sea-borders", "5");
		assertThat(bad.exitCode()).isEqualTo(2);
		assertThat(bad.err()).contains("--sea-borders: sea borders must be one of COW's water distances");
		assertThat(bad.out()).isEmpty();
	}

	@Test
	void theOpeningsOfOneCowWarAreFrontsOfOneWarUnlessSeparateOpeningsAreAsked() throws IOException {
		// docs/validation-against-history.md, "Joint openings: one war per COW war": Germany's attack on Belgium is a
		// second front of Austria-Hungary's war, so Germany is at war with Serbia and Austria-Hungary with Belgium
		Path file = dir.resolve("ww1.entente");
		CliRunner joint = CliRunner.run("history", "--war", "106", "--baseline", "nobody",
				"--write-scenario", file.toString(), "--data", data().toString());
		assertThat(joint.exitCode()).as(joint.err()).isEqualTo(0);
		assertThat(joint.out()).doesNotContain("GMY at war with YUG").doesNotContain("AUH at war with BEL")
				.containsPattern("(?m)^nobody\\s+10\\s+0\\s+152\\s+693\\s")
				.doesNotContain("Separate openings");
		String scenario = Files.readString(file);
		assertThat(scenario).contains("// entente history: the openings are fronts of one war, as COW codes it")
				.contains("in 1914: AUH attacks YUG\nin 1914: GMY attacks BEL alongside AUH\n");
		CliRunner check = CliRunner.run("check", file.toString());
		assertThat(check.exitCode()).as(check.out() + check.err()).isEqualTo(0);
		assertThat(check.out() + check.err()).doesNotContain("ally-not-at-war");

		Path separateFile = dir.resolve("ww1-separate.entente");
		CliRunner separate = CliRunner.run("history", "--war", "106", "--separate-openings",
				"--write-scenario", separateFile.toString(), "--data", data().toString());
		assertThat(separate.exitCode()).as(separate.err()).isEqualTo(0);
		assertThat(separate.out()).contains("1914: GMY at war with YUG in history, not in the model")
				.contains("Separate openings: each of a war's openings opens a war of its own");
		assertThat(Files.readString(separateFile)).contains("// entente history --separate-openings: each opening a war of its own\n"
				+ "in 1914: AUH attacks YUG\nin 1914: GMY attacks BEL\n");
	}

	private static Path copyData(Path target) throws IOException {
		Files.createDirectories(target);
		try (var files = Files.list(data())) {
			for (Path f : (Iterable<Path>) files::iterator) {
				if (f.toString().endsWith(".csv")) {
					Files.copy(f, target.resolve(f.getFileName()));
				}
			}
		}
		return target;
	}
}
