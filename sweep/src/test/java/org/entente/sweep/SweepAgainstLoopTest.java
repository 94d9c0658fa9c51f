package org.entente.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sweep on Spark's local mode gives the same numbers as a plain loop over the same points, whatever
 * the number of partitions; its Parquet holds the CSV's rows; the raw runs add up to the points' shares.
 */
class SweepAgainstLoopTest {

    @TempDir
    static Path dir;

    @AfterAll
    static void stopSpark() {
        SparkSession.getDefaultSession().foreach(s -> { s.stop(); return null; });
    }

    @Test
    void localModeMatchesThePlainLoopForAnyPartitioning() throws Exception {
        Path plan = SweepFixtures.plan(dir);
        SweepFixtures.Result loop = SweepFixtures.sweep(plan.toString(), "--plain", "--quiet", "--out", dir.resolve("loop").toString());
        assertThat(loop.code()).as(loop.err()).isZero();
        SweepFixtures.Result one = SweepFixtures.sweep(plan.toString(), "--master", "local[2]", "--partitions", "1", "--out", dir.resolve("one").toString());
        assertThat(one.code()).as(one.err()).isZero();
        SweepFixtures.Result seven = SweepFixtures.sweep(plan.toString(), "--master", "local[2]", "--partitions", "7", "--quiet",
                "--raw", "--out", dir.resolve("seven").toString());
        assertThat(seven.code()).as(seven.err()).isZero();

        String expected = Files.readString(dir.resolve("loop.csv"));
        assertThat(expected.lines().count()).isGreaterThan(100);
        assertThat(expected.lines().findFirst().orElseThrow()).isEqualTo(
                "point,treaty.DualAlliance.reliability,state.Germany.military,state.Russia.doctrine,runs,measure,subject,year,value");
        assertThat(expected).contains(",war,Germany-Russia,1914,").contains(",expectation,in 1914: Germany at war with Russia,,")
                .contains(",posture,").contains(",polarity,multipolar,1918,").contains(",bloc-polarity,");
        assertThat(Files.readString(dir.resolve("one.csv"))).isEqualTo(expected);
        assertThat(Files.readString(dir.resolve("seven.csv"))).isEqualTo(expected);
        assertThat(one.out()).isEqualTo(loop.out()).startsWith("point  treaty.DualAlliance.reliability").contains("runs");
        assertThat(one.err()).contains("entente: sweeping july.entente: 6 points x 4 samples = 24 runs on local[2]")
                .contains("entente: sweep 24/24 runs (100%)").contains("entente: wrote " + dir.resolve("one.parquet") + "/");

        SparkSession spark = SparkSession.getDefaultSession().get();
        List<Row> parquet = spark.read().parquet(dir.resolve("seven.parquet").toString()).collectAsList();
        assertThat(parquet).hasSize((int) expected.lines().count() - 1);
        Row first = parquet.get(0);
        assertThat(first.getInt(0)).isZero();
        assertThat(first.getString(first.fieldIndex("measure"))).isEqualTo("war");

        // the raw runs of each point add up to the point's shares
        Map<String, Double> sums = new HashMap<>();
        List<String> raw = Files.readAllLines(dir.resolve("seven-raw.csv"));
        assertThat(raw.get(0)).isEqualTo("point,sample,seed,treaty.DualAlliance.reliability,state.Germany.military,state.Russia.doctrine,"
                + "measure,subject,year,value");
        for (String line : raw.subList(1, raw.size())) {
            String[] f = line.split(",");
            if (f[6].equals("war")) sums.merge(f[0] + "," + f[7] + "," + f[8], Double.parseDouble(f[9]) / 4, Double::sum);
        }
        for (String line : expected.lines().skip(1).toList()) {
            String[] f = line.split(",");
            if (f[5].equals("war")) assertThat(sums.get(f[0] + "," + f[6] + "," + f[7])).as(line).isCloseTo(Double.parseDouble(f[8]),
                    org.assertj.core.data.Offset.offset(1e-12));
        }
        assertThat(spark.read().parquet(dir.resolve("seven-raw.parquet").toString()).count()).isEqualTo(raw.size() - 1);
    }
}
