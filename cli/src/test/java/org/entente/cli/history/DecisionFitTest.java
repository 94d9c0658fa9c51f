package org.entente.cli.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.entente.engine.decision.WeightFit;

import org.entente.cli.HistoryFixtures;
import org.entente.engine.decision.DecisionWeights;
import org.entente.engine.sim.SimulationOptions;
import org.entente.engine.trace.Trace;
import org.entente.importer.history.ReplaySetup;
import org.entente.importer.history.HistoryCase;
import org.entente.importer.history.WarData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conditional likelihood of {@code entente history --fit} (docs/semantics.md §6a, "Fit") on two hand-made wars
 * (src/test/resources/condfit, invented states): the fit replays each war with history's choices, so every decision
 * is taken in history's situation and the decisions and their labels do not depend on the weights.
 */
class DecisionFitTest {

    @TempDir
    Path dir;

    Path data;
    WarData wars;

    @BeforeEach
    void handMadeData() throws Exception {
        data = HistoryFixtures.copy("/condfit", dir.resolve("data"));
        wars = WarData.read(data);
    }

    private DecisionFit.PreparedWar war(int number) throws Exception {
        return DecisionFit.PreparedWar.of(data, HistoryCase.of(data, wars, number), ReplaySetup.PROTOCOL);
    }

    private static List<String> described(List<DecisionFit.Labelled> decisions) {
        return decisions.stream().map(l -> l.year() + " " + l.state() + " " + l.label()).toList();
    }

    private static List<Integer> modelsChoices(List<DecisionFit.Labelled> decisions) {
        return decisions.stream().map(l -> l.decision().choice()).toList();
    }

    private static final DecisionWeights PRIORS = DecisionWeights.priors();
    /** Weights under which every relevant state joins at once: far from the priors, to show what does not move. */
    private static final DecisionWeights EAGER = DecisionWeights.priors().withBase(3);

    @Test
    void theFitsReplayPutsTheStatesAtWarAsHistoryDidWhereTheModelAloneWouldNot() throws Exception {
        for (int n : new int[] {911, 912}) {
            DecisionFit.PreparedWar w = war(n);
            Trace withHistorysChoices = DecisionFit.replayWithHistorysChoices(w, PRIORS, new ArrayList<>());
            assertThat(HistoryHarness.atWar(withHistorysChoices, w.abbreviationOf())).as("war %d", n)
                    .isEqualTo(w.historyCase().history());
            Replay own = HistoryHarness.replay(data, w.historyCase(), SimulationOptions.defaults().withWeights(PRIORS));
            assertThat(own.atWar()).as("war %d", n).isNotEqualTo(w.historyCase().history());
        }
        // 1911: the model alone keeps Borduria out of Ruritania's war; history has it join Syldavia
        assertThat(HistoryHarness.replay(data, war(911).historyCase(), SimulationOptions.defaults().withWeights(PRIORS)).atWar())
                .noneMatch(p -> p.year() == 1911 && (p.a().equals("BOR") || p.b().equals("BOR")));
    }

    @Test
    void everyDecisionIsLabelledWithWhatTheStateDidInHistoryThatYear() throws Exception {
        // war 911: Borduria stays out in 1910 and joins Syldavia's side (-1) in 1911
        List<DecisionFit.Labelled> w911 = DecisionFit.observations(war(911), PRIORS);
        assertThat(described(w911)).containsExactly("1910 BOR 0", "1911 BOR -1");
        // the decisions are the model's: it would have kept Borduria out in both years
        assertThat(modelsChoices(w911)).containsExactly(0, 0);

        // war 912: Borduria abandons Klopstockia in both years; Ruritania joins Syldavia's side (+1) in 1921, and
        // Borduria reconsiders in the same turn after that entry (docs/semantics.md §6a: a new belligerent)
        List<DecisionFit.Labelled> w912 = DecisionFit.observations(war(912), PRIORS);
        assertThat(described(w912)).containsExactly("1920 RUR 0", "1920 BOR 0", "1921 RUR 1", "1921 BOR 0", "1921 BOR 0");
        // the model would have honoured the pact in 1920 (and then taken no decision in 1921)
        assertThat(modelsChoices(w912).get(1)).isEqualTo(-1);
        assertThat(w912).allSatisfy(l -> assertThat(l.observation().choice()).isEqualTo(l.label()));
    }

    @Test
    void theDecisionsAndTheirLabelsDoNotDependOnTheWeights() throws Exception {
        for (int n : new int[] {911, 912}) {
            DecisionFit.PreparedWar w = war(n);
            // the model's own replays differ under the two weight sets (the old fit's decisions followed them) ...
            assertThat(HistoryHarness.replay(data, w.historyCase(), SimulationOptions.defaults().withWeights(EAGER)).atWar())
                    .as("war %d", n)
                    .isNotEqualTo(HistoryHarness.replay(data, w.historyCase(), SimulationOptions.defaults().withWeights(PRIORS)).atWar());
            // ... the fit's decisions, labels and sides do not
            List<DecisionFit.Labelled> priors = DecisionFit.observations(w, PRIORS), eager = DecisionFit.observations(w, EAGER),
                    defaults = DecisionFit.observations(w, DecisionWeights.defaults());
            assertThat(described(eager)).as("war %d", n).isEqualTo(described(priors)).isEqualTo(described(defaults));
            assertThat(eager).extracting(DecisionFit.Labelled::war).isEqualTo(priors.stream().map(DecisionFit.Labelled::war).toList());
            assertThat(modelsChoices(eager)).as("war %d", n).isNotEqualTo(modelsChoices(priors));
        }
    }

    @Test
    void inTheModelsOwnSituationsTheDecisionsFollowTheWeights() throws Exception {
        // the fit of the defaults: the decisions are those of the model's own replay, so they change with the weights
        DecisionFit.PreparedWar w = war(912);
        List<DecisionFit.Labelled> priors = DecisionFit.observations(w, PRIORS, DecisionFit.Situations.MODEL),
                eager = DecisionFit.observations(w, EAGER, DecisionFit.Situations.MODEL);
        assertThat(described(eager)).isNotEqualTo(described(priors));
        // with priors the model honours the pact in 1920 and takes no decision in 1921 (see the labelling test)
        assertThat(described(priors)).noneMatch(d -> d.startsWith("1921 BOR"));
        assertThat(described(DecisionFit.observations(w, PRIORS, DecisionFit.Situations.HISTORY)))
                .isEqualTo(described(DecisionFit.observations(w, PRIORS)));
    }

    @Test
    void theSampledSituationsDrawEveryDecisionTheSameWayForTheSameSeed() throws Exception {
        // war 912 with a base rate of 0: Ruritania's and Borduria's choices are near even, so draws differ
        DecisionWeights even = PRIORS.withBase(0);
        DecisionFit.PreparedWar w = war(912);
        List<DecisionFit.Labelled> first = DecisionFit.sampledObservations(w, even, 20, new SplittableRandom(3)),
                again = DecisionFit.sampledObservations(w, even, 20, new SplittableRandom(3)),
                other = DecisionFit.sampledObservations(w, even, 20, new SplittableRandom(4));
        assertThat(described(again)).isEqualTo(described(first));
        assertThat(modelsChoices(again)).isEqualTo(modelsChoices(first));
        assertThat(modelsChoices(other)).isNotEqualTo(modelsChoices(first));
        // the draws take both choices of a decision the deterministic replay takes one way: Borduria in 1920 stays out in
        // some replays and honours its pact (-1) in others
        assertThat(first.stream().filter(l -> l.year() == 1920 && l.state().equals("BOR")).map(l -> l.decision().choice()))
                .contains(0, -1);
        assertThat(first).allSatisfy(l -> assertThat(l.observation().choice()).isEqualTo(l.label()));
    }

    @Test
    void nCopiesOfTheDecisionsWithThePriorsSdOverRootNGiveTheOneReplaysFit() throws Exception {
        // the fit weighs each of N replays' decisions 1/N against the prior by dividing the prior's s.d. by √N
        List<WeightFit.Observation> once = new ArrayList<>(), fourTimes = new ArrayList<>();
        for (int n : new int[] {911, 912}) {
            for (DecisionFit.Labelled l : DecisionFit.observations(war(n), PRIORS)) once.add(l.observation());
        }
        for (int k = 0; k < 4; k++) fourTimes.addAll(once);
        double[] one = WeightFit.fitWithSigns(once, PRIORS, PRIORS, DecisionFit.PRIOR_SIGMA).weights();
        double[] four = WeightFit.fitWithSigns(fourTimes, PRIORS, PRIORS, DecisionFit.PRIOR_SIGMA / 2).weights();
        for (int a = 0; a < WeightFit.K; a++) assertThat(four[a]).as(WeightFit.NAMES[a]).isCloseTo(one[a], org.assertj.core.data.Offset.offset(1e-6));
        // without the scaling the data would pull four times as hard against the prior
        double[] unscaled = WeightFit.fitWithSigns(fourTimes, PRIORS, PRIORS, DecisionFit.PRIOR_SIGMA).weights();
        assertThat(unscaled).isNotEqualTo(one);
    }
}
