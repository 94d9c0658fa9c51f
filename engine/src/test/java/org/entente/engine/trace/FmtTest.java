package org.entente.engine.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast formatting path must print exactly what the BigDecimal path prints, or defer to it. */
class FmtTest {
    private static void same(double v) {
        for (int d = 0; d <= 6; d++) {
            String fast = Fmt.fixedFast(v, d);
            if (fast != null) assertThat(fast).as("%s with %d decimals", v, d).isEqualTo(Fmt.fixedExact(v, d));
            assertThat(Fmt.fixed(v, d)).isEqualTo(Fmt.fixedExact(v, d));
        }
    }

    @Test
    void randomValuesOfEveryMagnitude() {
        Random r = new Random(7);
        for (int k = 0; k < 50_000; k++) {
            double scale = Math.pow(10, r.nextInt(14) - 6);
            same((r.nextDouble() * 2 - 1) * scale);
        }
    }

    @Test
    void decimalTiesAndNearTies() {
        for (int k = -20_000; k <= 20_000; k++) {
            double tie = k / 1000.0 + 0.0005;
            same(tie);
            same(k / 200.0);
            same(Math.nextUp(tie));
            same(Math.nextDown(tie));
            same(k * 0.005);
        }
    }

    @Test
    void specialValues() {
        for (double v : new double[] {0.0, -0.0, 1.0, -1.0, 0.005, -0.005, 0.125, 2.675, 1.005, -0.00004, 0.99995, 999_999_999.5,
                1e9, 1e15, 1e-300, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE}) same(v);
        assertThat(Fmt.f2(-0.001)).isEqualTo("0.00");
        assertThat(Fmt.f4(0.99995)).isEqualTo("1.0000");
        assertThat(Fmt.f2(2.675)).isEqualTo("2.68"); // the shortest decimal of 2.675 is 2.675, rounded half-up
    }

    @Test
    void plainNumbersAreWrittenAsInAScenario() {
        assertThat(Fmt.plain(3.0)).isEqualTo("3");
        assertThat(Fmt.plain(-0.0)).isEqualTo("0");
        assertThat(Fmt.plain(0.65)).isEqualTo("0.65");
        assertThat(Fmt.plain(1.2e6)).isEqualTo("1200000");
        assertThat(Fmt.plain(1e-4)).isEqualTo("0.0001");
        assertThat(Fmt.plain(1e20)).isEqualTo("100000000000000000000");
        assertThat(Fmt.plain(-2.5)).isEqualTo("-2.5");
        assertThat(Fmt.plain(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
    }
}
