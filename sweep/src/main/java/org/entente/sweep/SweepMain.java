package org.entente.sweep;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.entente.sweep.out.Outputs;
import org.entente.sweep.out.SummaryPage;
import org.entente.sweep.plan.Plan;
import org.entente.sweep.plan.PlanException;
import org.entente.sweep.plan.PlanReader;
import org.entente.sweep.plan.Points;
import org.entente.sweep.run.LoopSweep;
import org.entente.sweep.run.ScenarioSource;
import org.entente.sweep.run.SparkSweep;
import org.entente.sweep.run.SweepResult;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code entente sweep PLAN}: runs a sweep plan on Apache Spark, in this process by default (local mode,
 * every core) or on a cluster (docs/sweep.md). Also the main class for {@code spark-submit}.
 */
@Command(name = "entente sweep", mixinStandardHelpOptions = true, version = "entente sweep",
        description = "Runs a sweep plan (docs/sweep.md): the scenario at every point of the plan, sampled runs per point, "
                + "on Apache Spark. Writes OUT.csv, the Parquet directory OUT.parquet/ and the summary page OUT.html (charts of how "
                + "the outcomes move with each parameter), and prints a summary table.")
public final class SweepMain implements Callable<Integer> {
    public static final int OK = 0, FAILED = 1, USAGE = 2, INTERNAL = 3;

    @Parameters(paramLabel = "PLAN", description = "The plan: a YAML file naming the scenario and the parameters to vary.")
    Path planFile;

    @Option(names = "--master", paramLabel = "URL", defaultValue = "local[*]",
            description = "Spark master: local[*] (default: this process, every core), local[N], or spark://HOST:PORT for a standalone cluster.")
    String master;

    @Option(names = { "-o", "--out" }, paramLabel = "OUT",
            description = "Where to write: OUT.csv, OUT.parquet/ and OUT.html (default: the plan's path without its extension).")
    Path out;

    @Option(names = "--raw", description = "Also write one row per run: OUT-raw.csv and OUT-raw.parquet/.")
    boolean raw;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Tasks to split the runs into (default: 4 per core of the cluster). Results do not depend on it.")
    Integer partitions;

    @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "A Spark setting, e.g. --conf spark.executor.memory=2g (repeatable).")
    Map<String, String> conf = new LinkedHashMap<>();

    @Option(names = "--plain", description = "Run the points in a plain loop in this thread, without Spark (a baseline for "
            + "benchmarks; writes the CSV and the summary page only).")
    boolean plain;

    @Option(names = "--quiet", description = "No progress line.")
    boolean quiet;

    private PrintWriter out() { return spec.commandLine().getOut(); }
    private PrintWriter err() { return spec.commandLine().getErr(); }

    @picocli.CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code = execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        SparkSession.getDefaultSession().foreach(s -> { s.stop(); return null; });
        System.exit(code);
    }

    /** Runs the command with these streams and returns the exit code (tests; a Spark session is left running). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new SweepMain());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> USAGE);
        cl.setExecutionExceptionHandler((e, cmd, parse) -> {
            cmd.getErr().println("entente: internal error: " + rootMessage(e));
            return INTERNAL;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = err();
        if (!Files.isRegularFile(planFile) || !Files.isReadable(planFile)) {
            err.println("entente: " + planFile + ": " + (Files.isDirectory(planFile) ? "it is a directory" : "no such file"));
            return USAGE;
        }
        if (partitions != null && partitions < 1) {
            err.println("entente: --partitions must be at least 1, not " + partitions);
            return USAGE;
        }
        if (plain && raw) {
            err.println("entente: --raw needs Spark; leave out --plain");
            return USAGE;
        }
        Plan plan;
        ScenarioSource.Loaded loaded;
        try {
            plan = PlanReader.read(planFile);
            if (!Files.isRegularFile(plan.scenario())) {
                throw new PlanException(planFile.toString(), 1, 1, "the scenario " + plan.scenario() + " does not exist");
            }
            loaded = ScenarioSource.load(plan.scenario());
            if (!loaded.ok()) {
                loaded.errors().forEach(err::println);
                err.println("entente: " + plan.scenario() + " has errors; fix them first (see 'entente check').");
                return FAILED;
            }
            PlanReader.check(plan, loaded.scenario());
        } catch (PlanException e) {
            err.println("entente: " + e.getMessage());
            return FAILED;
        }
        Path base = out != null ? out : withoutExtension(planFile);
        Path csv = sibling(base, ".csv"), parquet = sibling(base, ".parquet"), html = sibling(base, ".html");
        Path rawCsv = sibling(base, "-raw.csv"), rawParquet = sibling(base, "-raw.parquet");
        Path folder = csv.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder) || !Files.isWritable(folder)) {
            err.println("entente: cannot write into " + folder + " (give another place with --out)");
            return FAILED;
        }
        List<Points.Point> points = Points.of(plan);
        long total = (long) points.size() * plan.samples();
        err.println("entente: sweeping " + plan.scenario().getFileName() + ": " + points.size() + (points.size() == 1 ? " point" : " points")
                + " x " + plan.samples() + (plan.samples() == 1 ? " sample" : " samples") + " = " + total + " runs"
                + (plain ? " in a plain loop" : " on " + master));
        SweepResult result;
        List<Path> written = new ArrayList<>();
        if (plain) {
            ProgressLine progress = new ProgressLine(err, total, System.console() != null);
            result = LoopSweep.run(plan, loaded.scenario(), points, quiet ? runs -> {} : progress);
            progress.close();
            Outputs.csv(csv, Outputs.pointColumns(plan), Outputs.pointRows(result).iterator());
            written.add(csv);
        } else {
            SparkSession spark = session();
            ProgressLine progress = new ProgressLine(err, total, System.console() != null); // runs/s without Spark's start
            int parts = partitions != null ? partitions : 4 * spark.sparkContext().defaultParallelism();
            SparkSweep.RawRuns rawWriter = !raw ? null : runs -> {
                try {
                    JavaRDD<Object[]> rows = Outputs.rawRows(runs, plan, points, sweepStates(loaded), LoopSweep.expectations(loaded.scenario()));
                    Outputs.csv(rawCsv, Outputs.rawColumns(plan), rows.toLocalIterator());
                    JavaRDD<Row> sparkRows = rows.map(RowFactory::create);
                    Outputs.parquet(spark, rawParquet, Outputs.rawSchema(plan), sparkRows);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            };
            result = SparkSweep.run(spark, plan, loaded.source(), loaded.scenario(), points, parts, quiet ? runs -> {} : progress, rawWriter);
            progress.close();
            List<Object[]> rows = Outputs.pointRows(result);
            Outputs.csv(csv, Outputs.pointColumns(plan), rows.iterator());
            Outputs.parquet(spark, parquet, Outputs.pointSchema(plan), rows);
            written.addAll(List.of(csv, parquet));
            if (raw) written.addAll(List.of(rawCsv, rawParquet));
        }
        Outputs.text(html, SummaryPage.html(result, plan.scenario().getFileName().toString(), planFile.getFileName().toString()));
        written.add(html);
        out().print(Summary.table(result, csv.toString()));
        for (Path p : written) err.println("entente: wrote " + p + (p.toString().endsWith(".parquet") ? "/" : ""));
        return OK;
    }

    private static List<String> sweepStates(ScenarioSource.Loaded loaded) {
        List<String> names = new ArrayList<>();
        loaded.scenario().states().forEach(s -> { if (!names.contains(s.name())) names.add(s.name()); });
        return names;
    }

    /** The Spark session: the running one when it has the same master (tests), else a new one. */
    private SparkSession session() {
        SparkSession existing = SparkSession.getDefaultSession().isDefined() ? SparkSession.getDefaultSession().get() : null;
        if (existing != null && existing.sparkContext().master().equals(master) && !existing.sparkContext().isStopped()) {
            return existing;
        }
        if (existing != null) existing.stop();
        SparkSession.Builder b = SparkSession.builder().appName("entente sweep " + planFile.getFileName()).master(master)
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.session.timeZone", "UTC");
        if (master.startsWith("local")) {
            b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
        }
        ownJar().ifPresent(jar -> b.config("spark.jars", jar.toString()));
        conf.forEach(b::config);
        return b.getOrCreate();
    }

    /** The jar this class runs from, shipped to a cluster's executors; empty when run from classes (tests). */
    static java.util.Optional<Path> ownJar() {
        try {
            Path p = Path.of(SweepMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? java.util.Optional.of(p) : java.util.Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    private static Path withoutExtension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling(dot > 0 ? name.substring(0, dot) : name + "-sweep");
    }

    private static Path sibling(Path base, String suffix) {
        return base.resolveSibling(base.getFileName() + suffix);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t == e ? e.toString() : e.getClass().getSimpleName() + ": " + t;
    }
}
