package org.entente.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CancellationException;

import org.entente.engine.model.Scenario;
import org.junit.jupiter.api.Test;

/** A run whose thread is interrupted stops before its next turn (how entente serve enforces its time budget). */
class CancellationTest {

    private static Scenario twoStates() {
        return Scenario.builder("C").years(2000, 2010)
                .state("A", s -> s.military(1).economy(1).population(1))
                .state("B", s -> s.military(1).economy(1).population(1))
                .build();
    }

    @Test
    void anInterruptedRunStopsWithACancellation() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> Simulation.run(twoStates()))
                    .isInstanceOf(CancellationException.class).hasMessageContaining("2000");
            assertThat(Thread.currentThread().isInterrupted()).as("the interrupt is left for the caller").isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void anUninterruptedRunIsUnchanged() {
        assertThat(Simulation.run(twoStates()).turns()).hasSize(11);
    }
}
