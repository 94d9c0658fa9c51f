package org.entente.sweep.plan;

import java.nio.file.Path;
import java.util.List;

/**
 * A sweep plan (docs/sweep.md): the scenario, the parameters to vary, how many sampled runs per point,
 * how many draws per grid cell for parameters given as distributions, and the seed of everything random.
 */
public record Plan(Path file, Path scenario, long seed, int samples, int draws, List<Parameter> parameters) {
    public Plan { parameters = List.copyOf(parameters); }

    public List<String> keys() { return parameters.stream().map(Parameter::key).toList(); }
}
