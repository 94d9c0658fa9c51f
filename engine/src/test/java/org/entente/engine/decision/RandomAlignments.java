package org.entente.engine.decision;

import java.util.Random;

import org.entente.engine.world.World;

/** Random alignments for the side-scan properties: balancing groups against random threats, a few patrons. */
final class RandomAlignments {
    private RandomAlignments() {}

    static void add(World w, Random r, int n) {
        for (int k = r.nextInt(n / 2); k > 0; k--) {
            int s = r.nextInt(n), threat = r.nextInt(n);
            if (s != threat) w.alignments.join(s, threat, "test");
        }
        for (int k = r.nextInt(3); k > 0; k--) {
            int s = r.nextInt(n), patron = r.nextInt(n);
            if (s != patron) w.alignments.follow(s, patron, "test");
        }
    }
}
