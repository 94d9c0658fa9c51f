package org.entente.engine.threat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** {@link DescendingOrder} is the stable boxed sort it replaces, for values with many ties and the special doubles. */
class DescendingOrderTest {
    private static final double[] SPECIAL = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 1.0, 0.5, -0.5};

    @Property(tries = 1000)
    void sameOrderAsTheBoxedStableSort(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed,
                                       @ForAll @IntRange(min = 0, max = 300) int n) {
        Random r = new Random(seed);
        double[] v = new double[n];
        int kind = r.nextInt(3);
        for (int j = 0; j < n; j++) {
            v[j] = switch (kind) {
                case 0 -> r.nextInt(5) * 0.25; // many ties
                case 1 -> SPECIAL[r.nextInt(SPECIAL.length)];
                default -> r.nextDouble() * 2 - 0.5;
            };
        }
        Integer[] boxed = new Integer[n];
        for (int j = 0; j < n; j++) boxed[j] = j;
        Arrays.sort(boxed, (a, b) -> Double.compare(v[b], v[a]));
        int[] expected = new int[n];
        for (int k = 0; k < n; k++) expected[k] = boxed[k];
        assertThat(DescendingOrder.of(v)).containsExactly(expected);
    }
}
