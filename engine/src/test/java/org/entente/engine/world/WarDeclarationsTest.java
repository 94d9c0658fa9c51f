package org.entente.engine.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** An entrant's declarations on a list of targets ({@link War#declare(int, List)}) are its declarations one by one. */
class WarDeclarationsTest {

    @Property(tries = 300)
    void declaringOnAListIsDeclaringOnEachInOrder(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
        Random r = new Random(seed);
        int n = 2 + r.nextInt(300);
        War byList = new War(1, 0, 1, 2000, n), oneByOne = new War(1, 0, 1, 2000, n);
        for (int step = 0; step < 20; step++) {
            int attacker = r.nextInt(n);
            List<Integer> targets = new ArrayList<>();
            for (int k = r.nextInt(40); k > 0; k--) targets.add(r.nextInt(n)); // repeats too
            byList.declare(attacker, targets);
            for (int t : targets) oneByOne.declare(attacker, t);
        }
        for (int t = 0; t < n; t++) {
            assertThat(byList.attackersOf(t)).isEqualTo(oneByOne.attackersOf(t));
            for (int a = 0; a < n; a++) assertThat(byList.declaredOn(a, t)).isEqualTo(oneByOne.declaredOn(a, t));
        }
    }
}
