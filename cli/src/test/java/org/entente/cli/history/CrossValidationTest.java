package org.entente.cli.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.entente.cli.HistoryFixtures;
import org.entente.engine.decision.DecisionWeights;
import org.entente.importer.history.HistoryCase;
import org.entente.importer.history.ReplaySetup;
import org.entente.importer.history.Score;
import org.entente.importer.history.WarData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Leave-one-war-out cross-validation of the fit ({@code entente history --fit --cross-validate}) on the two hand-made
 * wars of src/test/resources/condfit: each war is replayed with the weights fitted on the other one only.
 */
class CrossValidationTest {

    @TempDir
    Path dir;

    List<DecisionFit.PreparedWar> wars;

    @BeforeEach
    void handMadeData() throws Exception {
        Path data = HistoryFixtures.copy("/condfit", dir.resolve("data"));
        wars = DecisionFit.prepare(data, WarData.read(data), ReplaySetup.PROTOCOL);
    }

    private static DecisionWeights fitOn(List<DecisionFit.PreparedWar> wars) {
        return DecisionFit.fitted(DecisionFit.run(wars, DecisionWeights.priors(), DecisionFit.Situations.MODEL,
                DecisionFit.Draws.NONE));
    }

    @Test
    void eachWarIsReplayedWithTheWeightsFittedOnTheOtherWarsOnly() {
        assertThat(wars).extracting(w -> w.historyCase().war().number()).containsExactly(911, 912);
        CrossValidation.Result r = CrossValidation.run(wars, DecisionWeights.priors(), DecisionFit.Situations.MODEL,
                DecisionFit.Draws.NONE);
        DecisionWeights onBoth = fitOn(wars), on912 = fitOn(List.of(wars.get(1))), on911 = fitOn(List.of(wars.get(0)));
        // the three fits differ, so a fold that kept its own war would be seen
        assertThat(on912).isNotEqualTo(onBoth).isNotEqualTo(on911);
        assertThat(r.fittedOnAll()).isEqualTo(onBoth);
        assertThat(r.folds()).extracting(CrossValidation.Fold::fitted).containsExactly(on912, on911);
        for (CrossValidation.Fold f : r.folds()) {
            DecisionFit.PreparedWar war = wars.stream().filter(w -> w.historyCase() == f.war()).findFirst().orElseThrow();
            assertThat(f.heldOut()).isEqualTo(DecisionFit.score(war, f.fitted()));
            assertThat(f.inSample()).isEqualTo(DecisionFit.score(war, onBoth));
            HistoryCase hc = war.historyCase();
            assertThat(f.nobody()).isEqualTo(hc.score(HistoryBaselines.nobody(hc)));
        }
    }

    @Test
    void theTotalPoolsTheHeldOutPairYearsOfEveryWar() {
        CrossValidation.Result r = CrossValidation.run(wars, DecisionWeights.priors(), DecisionFit.Situations.MODEL,
                DecisionFit.Draws.NONE);
        Score a = r.folds().get(0).heldOut(), b = r.folds().get(1).heldOut(), pooled = r.pooledHeldOut();
        assertThat(pooled.truePositives()).isEqualTo(a.truePositives() + b.truePositives());
        assertThat(pooled.falsePositives()).isEqualTo(a.falsePositives() + b.falsePositives());
        assertThat(pooled.falseNegatives()).isEqualTo(a.falseNegatives() + b.falseNegatives());
        assertThat(pooled.trueNegatives()).isEqualTo(a.trueNegatives() + b.trueNegatives());
        String text = CrossValidation.text(r);
        assertThat(text).contains("each war is replayed with the weights fitted on the other war: history it was not fitted to")
                .containsPattern("(?m)^911 +1910-1911 \\| ").containsPattern("(?m)^912 ")
                .containsPattern("(?m)^total +2 wars +\\| ")
                .contains(String.format(java.util.Locale.ROOT, "pooled pair-year MCC on wars the weights were not fitted to: %.3f (in-sample %.3f, nobody joins %.3f)",
                        pooled.mcc(), r.pooledInSample().mcc(), r.pooledNobody().mcc()));
    }
}
