package org.entente.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Spark standalone cluster on this machine: a master and two workers, each its own JVM started from
 * the sweep's shaded jar on 127.0.0.1, each worker with one core. The sweep runs on it with the same numbers
 * as the plain loop; then again while one worker (and its executor) is killed mid-sweep, and still the same.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandaloneClusterIT {

    @TempDir
    static Path dir;
    static final List<Process> processes = new ArrayList<>();
    static Process worker1;
    static String master;
    static int masterUi;
    static Path jar;
    static String expected;

    @BeforeAll
    static void startCluster() throws Exception {
        jar = Path.of(System.getProperty("entente.sweep.jar", "target/entente-sweep.jar")).toAbsolutePath();
        assertThat(jar).as("the shaded jar (mvn package)").isRegularFile();
        Path plan = SweepFixtures.plan(dir);
        Files.writeString(plan, Files.readString(plan).replace("samples: 4", "samples: 6"));
        SweepFixtures.Result loop = SweepFixtures.sweep(plan.toString(), "--plain", "--quiet", "--out", dir.resolve("loop").toString());
        assertThat(loop.code()).as(loop.err()).isZero();
        expected = Files.readString(dir.resolve("loop.csv"));

        // the workers build their executors' command from SPARK_HOME: an empty one, the jar comes with extraClassPath
        Path sparkHome = Files.createDirectories(dir.resolve("spark-home/jars"));
        int port = freePort();
        masterUi = freePort();
        master = "spark://127.0.0.1:" + port;
        start("master", sparkHome.getParent(), "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", "" + port,
                "--webui-port", "" + masterUi);
        worker1 = start("worker1", sparkHome.getParent(), "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--cores", "1",
                "--memory", "640m", "--work-dir", dir.resolve("w1").toString(), "--webui-port", "" + freePort(), master);
        start("worker2", sparkHome.getParent(), "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--cores", "1",
                "--memory", "640m", "--work-dir", dir.resolve("w2").toString(), "--webui-port", "" + freePort(), master);
        awaitWorkers(2);
    }

    @AfterAll
    static void stopCluster() {
        SparkSession.getDefaultSession().foreach(s -> { s.stop(); return null; });
        for (Process p : processes) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    private String[] args(String out) {
        return new String[] { dir.resolve("july.yaml").toString(), "--master", master, "--partitions", "12", "--out", dir.resolve(out).toString(),
                "--conf", "spark.jars=" + jar, "--conf", "spark.executor.extraClassPath=" + jar,
                "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
                "--conf", "spark.executor.memory=512m", "--conf", "spark.cores.max=2" };
    }

    @Test
    @Order(1)
    void twoWorkersGiveTheNumbersOfThePlainLoop() throws Exception {
        SweepFixtures.Result r = SweepFixtures.sweep(args("cluster"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("= 36 runs on " + master);
        assertThat(Files.readString(dir.resolve("cluster.csv"))).isEqualTo(expected);
    }

    @Test
    @Order(2)
    void aWorkerKilledMidSweepChangesNothing() throws Exception {
        SparkSession.getDefaultSession().foreach(s -> { s.stop(); return null; }); // a fresh application: both executors start anew
        CountDownLatch firstTaskDone = new CountDownLatch(1);
        StringWriter log = new StringWriter();
        Writer watcher = new Writer() {
            @Override public void write(char[] c, int off, int len) {
                log.write(c, off, len);
                if (log.toString().contains("entente: sweep ")) firstTaskDone.countDown();
            }
            @Override public void flush() {}
            @Override public void close() {}
        };
        StringWriter out = new StringWriter();
        CompletableFuture<Integer> sweep = CompletableFuture.supplyAsync(
                () -> SweepMain.execute(args("killed"), new PrintWriter(out), new PrintWriter(watcher, true)));
        assertThat(firstTaskDone.await(240, TimeUnit.SECONDS)).as("a first task finished: " + log).isTrue();
        worker1.descendants().forEach(ProcessHandle::destroyForcibly); // its executor
        worker1.destroyForcibly();
        int code = sweep.get(300, TimeUnit.SECONDS);
        assertThat(code).as(log.toString()).isZero();
        assertThat(log.toString()).contains("entente: sweep 36/36 runs (100%)");
        assertThat(Files.readString(dir.resolve("killed.csv"))).isEqualTo(expected);
    }

    private static Process start(String name, Path sparkHome, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(Arrays.asList(System.getProperty("entente.sweep.javaOptions", "").trim().split("\\s+")));
        cmd.addAll(List.of("-Xmx256m", "-cp", jar.toString(), mainClass));
        cmd.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile());
        pb.environment().put("SPARK_HOME", sparkHome.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process p = pb.start();
        processes.add(p);
        return p;
    }

    private static void awaitWorkers(int n) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                last = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterUi + "/json/")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                if (last.replace(" ", "").contains("\"aliveworkers\":" + n)) return;
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the cluster did not come up with " + n + " workers: " + last + "\n" + Files.readString(dir.resolve("master.log")));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
