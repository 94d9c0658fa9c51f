package org.entente.engine.landscape;

/**
 * A configuration no single actor can leave (by switching sides) to strictly lower the energy.
 *
 * @param basinCount number of configurations ({@link BasinMethod#EXACT}) or of sampled starts
 *                   ({@link BasinMethod#SAMPLED}) whose steepest descent ends here
 * @param basinShare {@code basinCount / LandscapeResult.basinPopulation()}: the (estimated) fraction
 *                   of the landscape draining into this minimum
 */
public record LocalMinimum(Configuration configuration, long basinCount, double basinShare) {

    public double energy() {
        return configuration.energy();
    }
}
