package org.entente.engine.landscape;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Immutable input of a landscape analysis: actors in declaration order, their sizes {@code s_i ≥ 0}
 * and a propensity matrix {@code p_ij} (the propensity of actor i to be on the same side as actor j).
 * The matrix may be asymmetric; its diagonal is ignored (always read as 0).
 *
 * <p>The class is independent of the scenario model: the integration maps a scenario (states,
 * {@code size}, ideologies, disputes, rivalries, treaties, {@code propensity} overrides) to this
 * input, for instance with {@link PropensityRule#derive}.
 */
public final class LandscapeProblem {

    private final List<String> actors;
    private final Map<String, Integer> index;
    private final double[] sizes;
    private final double[][] propensity;

    private LandscapeProblem(List<String> actors, double[] sizes, double[][] propensity) {
        this.actors = actors;
        this.sizes = sizes;
        this.propensity = propensity;
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < actors.size(); i++) {
            idx.put(actors.get(i), i);
        }
        this.index = Collections.unmodifiableMap(idx);
    }

    /**
     * Builds a problem from parallel arrays (copied).
     *
     * @param actors     distinct, non-blank names in declaration order (at least one)
     * @param sizes      {@code sizes[i]} is the size of {@code actors.get(i)}; finite and ≥ 0
     * @param propensity an n×n matrix of finite values; {@code propensity[i][j]} is p_ij; diagonal ignored
     * @throws IllegalArgumentException on any violation of the above
     */
    public static LandscapeProblem of(List<String> actors, double[] sizes, double[][] propensity) {
        Objects.requireNonNull(actors, "actors");
        Objects.requireNonNull(sizes, "sizes");
        Objects.requireNonNull(propensity, "propensity");
        int n = actors.size();
        if (n == 0) {
            throw new IllegalArgumentException("a landscape needs at least one actor");
        }
        List<String> names = new ArrayList<>(n);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String a : actors) {
            if (a == null || a.isBlank()) {
                throw new IllegalArgumentException("actor names must be non-blank");
            }
            if (!seen.add(a)) {
                throw new IllegalArgumentException("duplicate actor '" + a + "'");
            }
            names.add(a);
        }
        if (sizes.length != n) {
            throw new IllegalArgumentException("expected " + n + " sizes, got " + sizes.length);
        }
        double[] s = sizes.clone();
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(s[i]) || s[i] < 0) {
                throw new IllegalArgumentException("size of '" + names.get(i) + "' must be finite and >= 0, got " + s[i]);
            }
            if (s[i] == 0.0) {
                s[i] = 0.0; // normalise -0.0
            }
        }
        if (propensity.length != n) {
            throw new IllegalArgumentException("propensity matrix must have " + n + " rows, got " + propensity.length);
        }
        double[][] p = new double[n][n];
        for (int i = 0; i < n; i++) {
            if (propensity[i] == null || propensity[i].length != n) {
                throw new IllegalArgumentException("propensity row " + i + " must have " + n + " entries");
            }
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                double v = propensity[i][j];
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("propensity " + names.get(i) + " -> " + names.get(j) + " must be finite");
                }
                p[i][j] = v;
            }
        }
        return new LandscapeProblem(Collections.unmodifiableList(names), s, p);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Actor names in declaration order (unmodifiable). */
    public List<String> actors() {
        return actors;
    }

    public int actorCount() {
        return actors.size();
    }

    /** Declaration index of {@code actor}, or −1 when unknown. */
    public int indexOf(String actor) {
        Integer i = index.get(actor);
        return i == null ? -1 : i;
    }

    public double size(int i) {
        return sizes[i];
    }

    /** p_ij; 0 on the diagonal. */
    public double propensity(int i, int j) {
        return propensity[i][j];
    }

    /**
     * Energy of a configuration by the formula of docs/landscape.md, {@code E = Σ_i Σ_{j≠i} s_i s_j p_ij d_ij}
     * over ordered pairs, {@code d_ij = 1} when i and j are on different sides.
     *
     * @param onSideB {@code onSideB[i]} true when actor i is on side B (length = actor count)
     */
    public double energy(boolean[] onSideB) {
        checkConfig(onSideB);
        int n = actors.size();
        double e = 0.0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j && onSideB[i] != onSideB[j]) {
                    e += sizes[i] * sizes[j] * propensity[i][j];
                }
            }
        }
        return e;
    }

    /** Frustration {@code F_i = Σ_j s_j p_ij d_ij} of actor i in a configuration. */
    public double frustration(int i, boolean[] onSideB) {
        checkConfig(onSideB);
        double f = 0.0;
        for (int j = 0; j < actors.size(); j++) {
            if (j != i && onSideB[i] != onSideB[j]) {
                f += sizes[j] * propensity[i][j];
            }
        }
        return f;
    }

    private void checkConfig(boolean[] onSideB) {
        if (onSideB.length != actors.size()) {
            throw new IllegalArgumentException("configuration has " + onSideB.length + " entries, expected " + actors.size());
        }
    }

    @Override
    public String toString() {
        return "LandscapeProblem" + actors;
    }

    /**
     * Incremental builder. Actors are declared in order with their size; propensities default to 0
     * and are set per ordered pair ({@link #propensity}) or for both directions ({@link #mutual}).
     */
    public static final class Builder {
        private final Map<String, Double> sizes = new LinkedHashMap<>();
        private final Map<String, Map<String, Double>> props = new HashMap<>();

        private Builder() {
        }

        public Builder actor(String name, double size) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("actor names must be non-blank");
            }
            if (sizes.putIfAbsent(name, size) != null) {
                throw new IllegalArgumentException("duplicate actor '" + name + "'");
            }
            return this;
        }

        public Builder actors(Collection<String> names, double size) {
            names.forEach(n -> actor(n, size));
            return this;
        }

        /** Sets the directed propensity p(from, to). Both actors must already be declared. */
        public Builder propensity(String from, String to, double p) {
            requireActor(from);
            requireActor(to);
            if (from.equals(to)) {
                throw new IllegalArgumentException("propensity of '" + from + "' with itself");
            }
            props.computeIfAbsent(from, k -> new HashMap<>()).put(to, p);
            return this;
        }

        /** Sets p(a, b) and p(b, a) to the same value. */
        public Builder mutual(String a, String b, double p) {
            return propensity(a, b, p).propensity(b, a, p);
        }

        private void requireActor(String name) {
            if (!sizes.containsKey(name)) {
                throw new IllegalArgumentException("unknown actor '" + name + "'");
            }
        }

        public LandscapeProblem build() {
            List<String> names = new ArrayList<>(sizes.keySet());
            int n = names.size();
            double[] s = new double[n];
            double[][] p = new double[n][n];
            for (int i = 0; i < n; i++) {
                s[i] = sizes.get(names.get(i));
                Map<String, Double> row = props.getOrDefault(names.get(i), Map.of());
                for (int j = 0; j < n; j++) {
                    p[i][j] = row.getOrDefault(names.get(j), 0.0);
                }
            }
            return LandscapeProblem.of(names, s, p);
        }
    }
}
