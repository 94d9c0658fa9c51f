package org.entente.sweep.out;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.entente.sweep.plan.Plan;
import org.entente.sweep.plan.Points;
import org.entente.sweep.plan.Seeds;
import org.entente.sweep.run.SparkSweep;
import org.entente.sweep.run.SweepResult;
import org.entente.sweep.run.Tally;

/**
 * Writes a sweep's tables (docs/sweep.md, "Output"): {@code OUT.csv} and the Parquet directory
 * {@code OUT.parquet/} with one row per point, measure, subject and year; with {@code --raw} also
 * {@code OUT-raw.csv} and {@code OUT-raw.parquet/} with one row per run. Each is written under a temporary
 * name beside its place and moved there when complete.
 */
public final class Outputs {
    private Outputs() {}

    public static List<String> pointColumns(Plan plan) {
        List<String> c = new ArrayList<>(List.of("point"));
        c.addAll(plan.keys());
        c.addAll(List.of("runs", "measure", "subject", "year", "value"));
        return c;
    }

    public static List<String> rawColumns(Plan plan) {
        List<String> c = new ArrayList<>(List.of("point", "sample", "seed"));
        c.addAll(plan.keys());
        c.addAll(List.of("measure", "subject", "year", "value"));
        return c;
    }

    /** The points table as rows of values (Integer, Double, String, null), in output order. */
    public static List<Object[]> pointRows(SweepResult r) {
        List<Object[]> out = new ArrayList<>();
        for (int k = 0; k < r.points().size(); k++) {
            Points.Point p = r.points().get(k);
            Tally t = r.tallies().get(k);
            for (Rows.Row row : Rows.of(t, r.states(), r.expectations())) {
                List<Object> v = new ArrayList<>();
                v.add(p.index());
                for (double x : p.values()) v.add(x);
                v.add(t.runs());
                addMeasure(v, row);
                out.add(v.toArray());
            }
        }
        return out;
    }

    /** The rows of one run of the raw table. */
    public static List<Object[]> rawRows(long seed, Points.Point p, int sample, Tally t, List<String> states, List<String> expectations) {
        List<Object[]> out = new ArrayList<>();
        for (Rows.Row row : Rows.of(t, states, expectations)) {
            List<Object> v = new ArrayList<>();
            v.add(p.index());
            v.add(sample);
            v.add(Seeds.run(seed, p.index(), sample));
            for (double x : p.values()) v.add(x);
            addMeasure(v, row);
            out.add(v.toArray());
        }
        return out;
    }

    /** The columns every row ends with, in the order of {@code measureFields}. */
    private static void addMeasure(List<Object> v, Rows.Row row) {
        v.add(row.measure());
        v.add(row.subject());
        v.add(row.year());
        v.add(row.value());
    }

    public static StructType pointSchema(Plan plan) {
        List<StructField> f = new ArrayList<>();
        f.add(DataTypes.createStructField("point", DataTypes.IntegerType, false));
        for (String key : plan.keys()) f.add(DataTypes.createStructField(key, DataTypes.DoubleType, false));
        f.add(DataTypes.createStructField("runs", DataTypes.IntegerType, false));
        measureFields(f);
        return DataTypes.createStructType(f);
    }

    public static StructType rawSchema(Plan plan) {
        List<StructField> f = new ArrayList<>();
        f.add(DataTypes.createStructField("point", DataTypes.IntegerType, false));
        f.add(DataTypes.createStructField("sample", DataTypes.IntegerType, false));
        f.add(DataTypes.createStructField("seed", DataTypes.LongType, false));
        for (String key : plan.keys()) f.add(DataTypes.createStructField(key, DataTypes.DoubleType, false));
        measureFields(f);
        return DataTypes.createStructType(f);
    }

    private static void measureFields(List<StructField> f) {
        f.add(DataTypes.createStructField("measure", DataTypes.StringType, false));
        f.add(DataTypes.createStructField("subject", DataTypes.StringType, false));
        f.add(DataTypes.createStructField("year", DataTypes.IntegerType, true));
        f.add(DataTypes.createStructField("value", DataTypes.DoubleType, false));
    }

    /** Writes a CSV file atomically: header, then the rows. */
    public static void csv(Path file, List<String> columns, Iterator<Object[]> rows) throws IOException {
        Path tmp = temporary(file);
        try {
            try (Writer w = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8))) {
                w.write(String.join(",", columns.stream().map(Outputs::cell).toList()));
                w.write('\n');
                while (rows.hasNext()) {
                    Object[] row = rows.next();
                    for (int k = 0; k < row.length; k++) {
                        if (k > 0) w.write(',');
                        w.write(cell(row[k]));
                    }
                    w.write('\n');
                }
            }
            move(tmp, file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes a text file (the summary page) atomically. */
    public static void text(Path file, String text) throws IOException {
        Path tmp = temporary(file);
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            move(tmp, file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes rows as a Parquet directory (Spark's part files), atomically: written beside, then moved into place. */
    public static void parquet(SparkSession spark, Path dir, StructType schema, JavaRDD<Row> rows) throws IOException {
        Path tmp = temporary(dir);
        try {
            spark.createDataFrame(rows, schema).write().mode(SaveMode.ErrorIfExists).parquet(tmp.toUri().toString());
            if (Files.isDirectory(dir)) {
                Path old = temporary(dir);
                Files.move(dir, old);
                move(tmp, dir);
                delete(old);
            } else {
                move(tmp, dir);
            }
        } finally {
            delete(tmp);
        }
    }

    public static void parquet(SparkSession spark, Path dir, StructType schema, List<Object[]> rows) throws IOException {
        List<Row> list = rows.stream().map(RowFactory::create).toList();
        // a large scenario has many pairs at war: slices of about 20,000 rows keep each task small (part files in row order)
        int slices = Math.max(1, Math.min(256, list.size() / 20_000));
        parquet(spark, dir, schema, org.apache.spark.api.java.JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(list, slices));
    }

    /** The raw table's rows of the persisted runs, in run order. */
    public static JavaRDD<Object[]> rawRows(JavaRDD<SparkSweep.Run> runs, Plan plan, List<Points.Point> points,
                                            List<String> states, List<String> expectations) {
        long seed = plan.seed(); // a Plan holds paths, which do not serialize
        return runs.flatMap(r -> rawRows(seed, points.get(r.point()), r.sample(), r.tally(), states, expectations).iterator());
    }

    static String cell(Object v) {
        if (v == null) return "";
        if (v instanceof Double d) return Rows.number(d);
        String s = v.toString();
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static Path temporary(Path target) {
        Path abs = target.toAbsolutePath();
        return abs.resolveSibling("." + abs.getFileName() + ".tmp-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path)) return;
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
