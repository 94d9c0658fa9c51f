package org.entente.engine.threat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.entente.engine.model.Scenario;
import org.entente.engine.report.JsonReport;
import org.entente.engine.sim.Simulation;
import org.entente.engine.world.World;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;

/**
 * Capabilities beyond the checker's bounds (docs/validation.md) still give shares that add up to 1
 * and valid JSON: the engine is used without the checker by generated code and tools.
 */
class HugeNumbersTest {

	private static Scenario twoGiants(double military) {
		return Scenario.builder("Giants").years(1900, 1902)
				.state("A", s -> s.military(military).economy(military).population(military).borders("B"))
				.state("B", s -> s.military(military).economy(military).population(military))
				.build();
	}

	@Test
	void twoStatesAtTheTopOfTheDoubleRangeShareEqually() {
		PowerTable p = new PowerTable(new World(twoGiants(1e308)));
		assertThat(p.shareMilitary).containsExactly(new double[] { 0.5, 0.5 }, within(1e-12));
		assertThat(p.power).containsExactly(new double[] { 0.5, 0.5 }, within(1e-12));
	}

	@Test
	void anInfiniteCapabilityTakesTheWholeShare() {
		double[] shares = PowerTable.shares(new double[] { Double.POSITIVE_INFINITY, 5, 7 }, new boolean[] { true, true, true });
		assertThat(shares).containsExactly(1.0, 0.0, 0.0);
	}

	@Test
	void jsonTraceOfHugeCapabilitiesIsValidJson() throws Exception {
		String json = JsonReport.render(Simulation.run(twoGiants(Double.POSITIVE_INFINITY)));
		try (JsonParser parser = new JsonFactory().createParser(json)) {
			while (parser.nextToken() != null) {
				// reading every token fails on NaN or Infinity
			}
		}
		assertThat(json).doesNotContain("NaN").doesNotContain("Infinity");
	}
}
