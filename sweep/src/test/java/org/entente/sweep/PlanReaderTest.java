package org.entente.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.spark.sql.SparkSession;
import org.entente.sweep.plan.Plan;
import org.entente.sweep.plan.PlanException;
import org.entente.sweep.plan.PlanReader;
import org.entente.sweep.plan.Points;
import org.entente.sweep.plan.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plans: what they mean (points, draws) and how a bad one is refused before anything runs. */
class PlanReaderTest {

    @TempDir
    Path dir;

    private Path plan(String yaml) throws IOException {
        Files.copy(SweepFixtures.scenario(), dir.resolve("july.entente"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path file = dir.resolve("plan.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void gridOfListsAndRangesLastParameterFastest() throws Exception {
        Plan plan = PlanReader.read(plan("""
                scenario: july.entente
                seed: 5
                samples: 3
                parameters:
                  settings.threatFloor: [0.3, 0.5]
                  state.Germany.military: {from: 1.0, to: 2.0, step: 0.5}
                """));
        assertThat(plan.samples()).isEqualTo(3);
        assertThat(plan.seed()).isEqualTo(5);
        assertThat(plan.scenario()).isEqualTo(dir.resolve("july.entente").toAbsolutePath().normalize());
        List<Points.Point> points = Points.of(plan);
        assertThat(points).extracting(p -> p.values()[0] + "/" + p.values()[1])
                .containsExactly("0.3/1.0", "0.3/1.5", "0.3/2.0", "0.5/1.0", "0.5/1.5", "0.5/2.0");
        assertThat(points).extracting(Points.Point::index).containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void distributionsAreDrawnWithinRangeAndFromThePlanSeedOnly() throws Exception {
        String yaml = """
                scenario: july.entente
                seed: 11
                draws: 20
                parameters:
                  treaty.DualAlliance.reliability: {normal: {mean: 0.9, sd: 0.2}}
                  state.Russia.doctrine: {uniform: [0.2, 0.4]}
                  settings.lapseAfter: [1, 3]
                """;
        List<Points.Point> a = Points.of(PlanReader.read(plan(yaml)));
        List<Points.Point> b = Points.of(PlanReader.read(plan(yaml)));
        assertThat(a).hasSize(40);
        for (int k = 0; k < a.size(); k++) assertThat(a.get(k).values()).isEqualTo(b.get(k).values());
        assertThat(a).allSatisfy(p -> {
            assertThat(p.values()[0]).isBetween(0.0, 1.0);
            assertThat(p.values()[1]).isBetween(0.2, 0.4);
        });
        assertThat(a.stream().map(p -> p.values()[0]).distinct()).hasSize(40);
        List<Points.Point> other = Points.of(PlanReader.read(plan(yaml.replace("seed: 11", "seed: 12"))));
        assertThat(other.get(0).values()[0]).isNotEqualTo(a.get(0).values()[0]);
    }

    @Test
    void runSeedsDependOnSeedPointAndSampleOnly() {
        assertThat(Seeds.run(1, 2, 3)).isEqualTo(Seeds.run(1, 2, 3));
        assertThat(List.of(Seeds.run(1, 2, 3), Seeds.run(1, 3, 2), Seeds.run(2, 2, 3), Seeds.run(1, 2, 4))).doesNotHaveDuplicates();
    }

    @Test
    void unknownParameterNamesTheLine() throws Exception {
        Path file = plan("""
                scenario: july.entente
                parameters:
                  settings.threatFloor: [0.3]
                  settings.warLust: [1, 2]
                """);
        assertThatThrownBy(() -> PlanReader.read(file)).isInstanceOf(PlanException.class)
                .hasMessage(file + ":4:3: unknown setting 'warLust' in parameter 'settings.warLust'; settings are armsGrowth, "
                        + "greatPower, lapseAfter, poleShare, threatFloor, weights.intent, weights.offensive, weights.power, weights.proximity");
        assertThatThrownBy(() -> PlanReader.read(plan("scenario: july.entente\nparameters:\n  alliance.X.reliability: [1]\n")))
                .hasMessageContaining(":3:3: unknown parameter 'alliance.X.reliability'");
        assertThatThrownBy(() -> PlanReader.read(plan("scenario: july.entente\nparameters:\n  state.Germany.mood: [1]\n")))
                .hasMessageContaining("unknown state property 'mood'");
    }

    @Test
    void emptyRangesListsAndDistributionsAreRefused() throws Exception {
        assertThatThrownBy(() -> PlanReader.read(plan("scenario: july.entente\nparameters:\n  settings.threatFloor: {from: 0.5, to: 0.3, step: 0.1}\n")))
                .hasMessageEndingWith(":3:25: the range of parameter 'settings.threatFloor' is empty: from 0.5 is above to 0.3");
        assertThatThrownBy(() -> PlanReader.read(plan("scenario: july.entente\nparameters:\n  settings.threatFloor: {from: 0.1, to: 0.3, step: 0}\n")))
                .hasMessageContaining("needs a step above 0");
        assertThatThrownBy(() -> PlanReader.read(plan("scenario: july.entente\nparameters:\n  settings.threatFloor: []\n")))
                .hasMessageContaining(":3:25: parameter 'settings.threatFloor' has an empty list of values");
        assertThatThrownBy(() -> PlanReader.read(plan("scenario: july.entente\nparameters:\n  settings.threatFloor: {uniform: [0.5, 0.5]}\n")))
                .hasMessageContaining("is empty: its max 0.5 must be above its min 0.5");
        assertThatThrownBy(() -> PlanReader.read(plan("scenario: july.entente\nparameters:\n  settings.threatFloor: {normal: {mean: 0.5, sd: -1}}\n")))
                .hasMessageContaining("needs an sd above 0");
    }

    @Test
    void badCountsValuesAndKeysAreRefused() throws Exception {
        assertThatThrownBy(() -> PlanReader.read(plan("scenario: july.entente\nsamples: -5\n")))
                .hasMessageEndingWith(":2:1: samples must be at least 1, not -5");
        assertThatThrownBy(() -> PlanReader.read(plan("scenario: july.entente\nsamples: 0\n"))).hasMessageContaining("samples must be at least 1");
        assertThatThrownBy(() -> PlanReader.read(plan("scenario: july.entente\nsamples: many\n"))).hasMessageContaining("samples must be a whole number");
        assertThatThrownBy(() -> PlanReader.read(plan("scenario: july.entente\nparameters:\n  treaty.DualAlliance.reliability: [0.5, 1.5]\n")))
                .hasMessageContaining("parameter 'treaty.DualAlliance.reliability' takes 0..1; 1.5 is outside");
        assertThatThrownBy(() -> PlanReader.read(plan("scenario: july.entente\nparameters:\n  settings.lapseAfter: [1.5]\n")))
                .hasMessageContaining("takes a whole number at least 0");
        assertThatThrownBy(() -> PlanReader.read(plan("scenario: july.entente\nsampels: 4\n")))
                .hasMessageContaining(":2:1: unknown key 'sampels'");
        assertThatThrownBy(() -> PlanReader.read(plan("seed: 4\n"))).hasMessageContaining("say which scenario to sweep");
        assertThatThrownBy(() -> PlanReader.read(plan("scenario: july.entente\nseed: 1\nseed: 2\n"))).hasMessageContaining("'seed' is given twice");
        assertThatThrownBy(() -> PlanReader.read(plan("scenario: [july\n"))).hasMessageContaining("not a YAML plan");
        assertThatThrownBy(() -> PlanReader.read(plan("scenario: july.entente\ndraws: 3\nparameters:\n  settings.threatFloor: [0.3]\n")))
                .hasMessageContaining("no parameter is a distribution");
    }

    @Test
    void theCommandRefusesABadPlanWithExitOneBeforeSparkStarts() throws Exception {
        Path file = plan("""
                scenario: july.entente
                samples: 2
                parameters:
                  state.Prussia.military: [1, 2]
                """);
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = SweepMain.execute(new String[] { file.toString(), "--master", "local[1]" }, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).isEqualTo(SweepMain.FAILED);
        assertThat(err.toString()).isEqualTo("entente: " + file
                + ":4:3: parameter 'state.Prussia.military': the scenario July1914 declares no state 'Prussia'\n");
        assertThat(out.toString()).isEmpty();
        assertThat(SparkSession.getDefaultSession().isDefined()).isFalse();
        assertThat(Files.list(dir)).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder("july.entente", "plan.yaml");
    }

    @Test
    void aMissingPlanIsAUsageErrorAndAMissingScenarioABadPlan() throws Exception {
        StringWriter err = new StringWriter();
        int code = SweepMain.execute(new String[] { dir.resolve("none.yaml").toString() }, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(SweepMain.USAGE);
        assertThat(err.toString()).isEqualTo("entente: " + dir.resolve("none.yaml") + ": no such file\n");
        Path file = plan("scenario: elsewhere.entente\n");
        err = new StringWriter();
        code = SweepMain.execute(new String[] { file.toString() }, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(SweepMain.FAILED);
        assertThat(err.toString()).contains("plan.yaml:1:1: the scenario ").contains("elsewhere.entente does not exist");
    }
}
