package org.entente.engine.threat;

import org.entente.engine.world.World;

/**
 * Step 2: capability shares over living states (the COW CINC construction), power, great-power flag,
 * relative power and usable offensive power.
 */
public final class PowerTable {
    public final double[] shareMilitary, shareEconomy, sharePopulation, power, rel, off;
    public final boolean[] great;
    public final double maxPower, maxShareMilitary;

    public PowerTable(World w) {
        int n = w.n;
        shareMilitary = shares(w.military, w.alive);
        shareEconomy = shares(w.economy, w.alive);
        sharePopulation = shares(w.population, w.alive);
        power = new double[n];
        rel = new double[n];
        off = new double[n];
        great = new boolean[n];
        double maxP = 0, maxM = 0;
        for (int i = 0; i < n; i++) {
            if (!w.alive[i]) continue;
            power[i] = (shareMilitary[i] + shareEconomy[i] + sharePopulation[i]) / 3.0;
            maxP = Math.max(maxP, power[i]);
            maxM = Math.max(maxM, shareMilitary[i]);
        }
        maxPower = maxP;
        maxShareMilitary = maxM;
        double gp = w.settings.greatPower();
        for (int i = 0; i < n; i++) {
            if (!w.alive[i]) continue;
            rel[i] = maxP > 0 ? power[i] / maxP : 0;
            off[i] = maxM > 0 ? w.offensive[i] * shareMilitary[i] / maxM : 0;
            // a declared great power (a COW major power in an import) counts whatever its share; a dead one never
            great[i] = w.declaredGreat[i] || power[i] >= gp;
        }
    }

    /** share_k(i) = c_k(i) / Σ_j c_k(j) over living states; all 0 when the total is 0. */
    static double[] shares(double[] c, boolean[] alive) {
        double total = 0;
        for (int i = 0; i < c.length; i++) if (alive[i]) total += c[i];
        double[] s = new double[c.length];
        if (total <= 0) return s;
        if (!Double.isFinite(total)) return scaledShares(c, alive);
        for (int i = 0; i < c.length; i++) if (alive[i]) s[i] = c[i] / total;
        return s;
    }

    /**
     * The same shares when the plain sum overflows (two states at 1e308, or a military grown past
     * the double range): every capability is divided by the largest first, an infinite one counting
     * as 1 and the finite ones beside it as 0. Never reached within the checker's bounds.
     */
    static double[] scaledShares(double[] c, boolean[] alive) {
        double max = 0;
        for (int i = 0; i < c.length; i++) if (alive[i]) max = Math.max(max, c[i]);
        double[] s = new double[c.length];
        double total = 0;
        for (int i = 0; i < c.length; i++) {
            if (!alive[i]) continue;
            s[i] = Double.isInfinite(max) ? (Double.isInfinite(c[i]) ? 1 : 0) : c[i] / max;
            total += s[i];
        }
        for (int i = 0; i < c.length; i++) s[i] /= total;
        return s;
    }
}
