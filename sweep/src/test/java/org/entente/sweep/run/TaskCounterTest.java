package org.entente.sweep.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The progress line reaches 100 % even when Spark's listener bus delivers the last task ends after the job. */
class TaskCounterTest {
    private final List<Long> reported = new ArrayList<>();
    private final SparkSweep.TaskCounter counter =
            new SparkSweep.TaskCounter(SparkSweep.slices(36, 12), reported::add);

    @Test
    void aCompletedJobReportsEveryRunOnce() {
        counter.complete();
        counter.complete();
        assertThat(reported).containsExactly(36L);
    }

    @Test
    void aStoppedCounterReportsNothingMore() {
        counter.stop();
        counter.complete();
        assertThat(reported).isEmpty();
    }
}
