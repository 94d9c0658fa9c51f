package org.entente.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.entente.engine.landscape.LandscapeAnalyzer;
import org.entente.engine.landscape.LandscapeOptions;
import org.entente.engine.landscape.LandscapeProblem;
import org.entente.engine.landscape.LandscapeResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Exact landscape analysis (Gray-code enumeration of 2^(n−1) splits, top 5, all local minima, exact
 * basins) of a random landscape: sizes uniform in [0, 1), asymmetric propensities uniform in
 * [−2, 2), from a fixed seed. Run:
 * {@code java -jar bench/target/benchmarks.jar LandscapeBenchmark -f 1 -wi 2 -i 3}
 * (scaling: add {@code -p actors=16,20,24,26}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LandscapeBenchmark {

    @Param({"24"})
    public int actors;

    private LandscapeProblem problem;
    private LandscapeOptions options;

    @Setup
    public void setUp() {
        SplittableRandom rnd = new SplittableRandom(2024);
        List<String> names = new ArrayList<>();
        double[] sizes = new double[actors];
        double[][] p = new double[actors][actors];
        for (int i = 0; i < actors; i++) {
            names.add("S" + i);
            sizes[i] = rnd.nextDouble();
            for (int j = 0; j < actors; j++) {
                p[i][j] = i == j ? 0 : rnd.nextDouble(-2, 2);
            }
        }
        problem = LandscapeProblem.of(names, sizes, p);
        options = LandscapeOptions.defaults().withSeed(1);
    }

    @Benchmark
    public LandscapeResult exact() {
        return LandscapeAnalyzer.analyze(problem, options);
    }
}
