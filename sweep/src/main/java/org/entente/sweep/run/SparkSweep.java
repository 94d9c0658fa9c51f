package org.entente.sweep.run;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.entente.engine.model.Scenario;
import org.entente.sweep.plan.Parameter;
import org.entente.sweep.plan.Plan;
import org.entente.sweep.plan.Points;

/**
 * The sweep on Spark (docs/sweep.md). Run i of the sweep is sample {@code i % samples} of point
 * {@code i / samples}; the runs are cut into contiguous slices, one per partition. Each task rebuilds the
 * scenario from its source (once per JVM), runs its slice and returns one tally per point it touched;
 * the driver adds them up. Counts add up exactly in any order and each run's draws depend on (seed, point,
 * sample) only, so the result is the same for any number of workers, partitions or retried tasks. No
 * shuffle: a lost executor only costs its tasks, which Spark runs again elsewhere.
 */
public final class SparkSweep {
    private SparkSweep() {}

    /** What a task needs: all of it serializable, broadcast once to each executor (the scenario's text can be megabytes). */
    record Job(ScenarioSource source, List<Parameter> parameters, List<Points.Point> points, long seed, int samples)
            implements Serializable {}

    /** One run of the raw output: its point, sample and tally. */
    public record Run(int point, int sample, Tally tally) implements Serializable {}

    /**
     * Runs the sweep. With {@code raw} non-null, every run's tally is also kept (persisted, in run order) and
     * handed to it before the function returns.
     */
    public static SweepResult run(SparkSession spark, Plan plan, ScenarioSource source, Scenario scenario,
                                  List<Points.Point> points, int partitions, Progress progress, RawRuns raw) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        long total = (long) points.size() * plan.samples();
        List<long[]> slices = slices(total, partitions);
        Broadcast<Job> job = jsc.broadcast(new Job(source, plan.parameters(), points, plan.seed(), plan.samples()));
        TaskCounter counter = new TaskCounter(slices, progress);
        spark.sparkContext().addSparkListener(counter);
        JavaRDD<long[]> work = jsc.parallelize(slices, slices.size());
        Map<Integer, Tally> byPoint = new TreeMap<>();
        try {
            if (raw == null) {
                List<Map<Integer, Tally>> parts = work.mapPartitions(it -> List.of(tallies(job.value(), it)).iterator()).collect();
                counter.complete();
                addUp(parts, byPoint);
            } else {
                JavaRDD<Run> runs = work.mapPartitions(it -> runs(job.value(), it)).persist(StorageLevel.MEMORY_AND_DISK_SER());
                try {
                    List<Map<Integer, Tally>> parts = runs.mapPartitions(it -> {
                        Map<Integer, Tally> out = new HashMap<>();
                        while (it.hasNext()) {
                            Run r = it.next();
                            out.computeIfAbsent(r.point(), k -> new Tally()).add(r.tally());
                        }
                        return List.of(out).iterator();
                    }).collect();
                    counter.complete();
                    addUp(parts, byPoint);
                    raw.write(runs);
                } finally {
                    runs.unpersist(false);
                }
            }
        } finally {
            counter.stop();
            spark.sparkContext().removeSparkListener(counter);
            job.destroy();
        }
        List<Tally> tallies = new ArrayList<>();
        for (Points.Point p : points) tallies.add(byPoint.getOrDefault(p.index(), new Tally()));
        PointRuns names = new PointRuns(scenario, plan.parameters(), plan.seed());
        return new SweepResult(plan, points, tallies, names.stateNames(), LoopSweep.expectations(scenario));
    }

    /** Receives the persisted runs of a raw sweep, in run order (point, then sample). */
    @FunctionalInterface
    public interface RawRuns {
        void write(JavaRDD<Run> runs);
    }

    /** Adds each task's per-point tallies into {@code byPoint} (counts: any order gives the same sums). */
    private static void addUp(List<Map<Integer, Tally>> parts, Map<Integer, Tally> byPoint) {
        for (Map<Integer, Tally> part : parts) part.forEach((p, t) -> byPoint.computeIfAbsent(p, k -> new Tally()).add(t));
    }

    /** Contiguous slices [start, end) of the runs 0..total-1, as even as can be. */
    static List<long[]> slices(long total, int count) {
        int n = (int) Math.max(1, Math.min(count, total));
        List<long[]> out = new ArrayList<>();
        for (int k = 0; k < n; k++) out.add(new long[] {total * k / n, total * (k + 1) / n});
        return out;
    }

    private static Map<Integer, Tally> tallies(Job job, Iterator<long[]> slices) {
        Map<Integer, Tally> out = new HashMap<>();
        Iterator<Run> runs = runs(job, slices);
        while (runs.hasNext()) {
            Run r = runs.next();
            out.computeIfAbsent(r.point(), k -> new Tally()).add(r.tally());
        }
        return out;
    }

    private static Iterator<Run> runs(Job job, Iterator<long[]> slices) {
        PointRuns runner = new PointRuns(job.source().scenario(), job.parameters(), job.seed());
        List<long[]> mine = new ArrayList<>();
        slices.forEachRemaining(mine::add);
        return new Iterator<>() {
            int slice = 0;
            long next = mine.isEmpty() ? 0 : mine.get(0)[0];

            @Override
            public boolean hasNext() {
                while (slice < mine.size() && next >= mine.get(slice)[1]) {
                    if (++slice < mine.size()) next = mine.get(slice)[0];
                }
                return slice < mine.size();
            }

            @Override
            public Run next() {
                if (!hasNext()) throw new java.util.NoSuchElementException();
                long i = next++;
                int point = (int) (i / job.samples()), sample = (int) (i % job.samples());
                return new Run(point, sample, runner.run(job.points().get(point), sample));
            }
        };
    }

    /** Counts the runs of finished tasks (each partition once, whatever retries happen) for the progress line. */
    static final class TaskCounter extends SparkListener {
        private final List<long[]> slices;
        private final Progress progress;
        private final boolean[] done;
        private long runs;
        private volatile boolean stopped;

        TaskCounter(List<long[]> slices, Progress progress) {
            this.slices = slices;
            this.progress = progress;
            this.done = new boolean[slices.size()];
        }

        synchronized void stop() { stopped = true; }

        /**
         * Every task has finished once the job's result is in; Spark's listener bus is asynchronous, so the
         * last task ends may not have reached {@link #onTaskEnd} yet. Reports the whole sweep once and stops.
         */
        synchronized void complete() {
            if (stopped) return;
            stopped = true;
            long total = 0;
            for (long[] slice : slices) total += slice[1] - slice[0];
            if (runs < total) {
                runs = total;
                progress.finished(runs);
            }
        }

        @Override
        public synchronized void onTaskEnd(SparkListenerTaskEnd end) {
            if (stopped || end.taskInfo() == null || !end.taskInfo().successful()) return;
            int index = end.taskInfo().index();
            if (index < 0 || index >= done.length || done[index]) return;
            done[index] = true;
            runs += slices.get(index)[1] - slices.get(index)[0];
            progress.finished(runs);
        }
    }
}
