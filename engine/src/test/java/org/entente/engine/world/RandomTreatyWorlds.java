package org.entente.engine.world;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.entente.engine.model.Scenario;
import org.entente.engine.model.ScenarioBuilder;
import org.entente.engine.model.TreatyBuilder;

/**
 * Random worlds of treaties for the property tests of the treaty index, the calendar and the affinity graph's
 * treaty ties: states S0..Sn, alliances, ententes and guarantees of every clause type, signed and expiring at
 * random years.
 */
public final class RandomTreatyWorlds {
    private RandomTreatyWorlds() {}

    /**
     * @param maxStates   at most this many states (at least 3)
     * @param maxParties  at most this many parties per treaty
     * @param unusual     also treaties with no clause and guarantees whose recipient is one of their guarantors
     *                    (the builder takes them; the language's checks would reject the second)
     */
    public static World of(Random r, int maxStates, int maxParties, boolean unusual) {
        int n = 3 + r.nextInt(maxStates - 2);
        ScenarioBuilder b = Scenario.builder("S").years(1990, 2010);
        for (int i = 0; i < n; i++) b.state("S" + i);
        for (int k = 0, treaties = r.nextInt(3 * n); k < treaties; k++) {
            List<String> parties = new ArrayList<>();
            for (int m = 1 + r.nextInt(maxParties); m > 0; m--) { String s = "S" + r.nextInt(n); if (!parties.contains(s)) parties.add(s); }
            String other = unusual && r.nextInt(4) == 0 ? parties.get(0) : "S" + r.nextInt(n);
            int kind = r.nextInt(unusual ? 6 : 5), signed = 1985 + r.nextInt(25), expires = r.nextInt(3) == 0 ? signed + 1 + r.nextInt(10) : 0;
            Consumer<TreatyBuilder> spec = t -> {
                if (kind == 4) t.guarantors(parties.toArray(new String[0])).recipients(other);
                else t.members(parties.toArray(new String[0]));
                if (r.nextBoolean()) t.signed(signed);
                if (expires > 0) t.expires(expires);
                switch (kind) {
                    case 0 -> t.defense();
                    case 1 -> t.offense(other);
                    case 2 -> t.neutrality();
                    case 3 -> t.consultation();
                    case 5 -> { } // no clause
                    default -> t.defense();
                }
                if (r.nextInt(4) == 0) t.nonaggression();
            };
            if (kind == 3 && r.nextBoolean()) b.entente("T" + k, spec);
            else b.alliance("T" + k, spec);
        }
        return new World(b.build());
    }
}
