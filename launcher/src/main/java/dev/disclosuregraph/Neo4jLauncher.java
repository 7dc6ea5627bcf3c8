package dev.disclosuregraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Embeds Neo4j Community 5.26 with the Bolt connector on loopback, for machines without Docker.
 *
 * Usage: Neo4jLauncher [--home DIR] [--port 7687] [--host 127.0.0.1] [--pagecache-mb 256] [--fresh]
 *                      [--parent-pid PID] [--exit-on-stdin-close]
 * Prints exactly one line "NEO4J_READY bolt://host:port" once the default database answers a query,
 * and shuts the DBMS down cleanly on SIGTERM / SIGINT (JVM shutdown hook).
 *
 * It never outlives the process that started it: with --exit-on-stdin-close it shuts down when its
 * stdin reaches end of file (the parent's end of the pipe closes when the parent dies, even by
 * SIGKILL), and with --parent-pid when that process exits. Both watchers start before the DBMS, so a
 * parent that dies during the (long) startup is noticed too.
 */
public final class Neo4jLauncher {
    private Neo4jLauncher() {}

    public static void main(String[] args) throws Exception {
        Path home = Path.of(".neo4j-local");
        String host = "127.0.0.1";
        int port = 7687;
        long pageCacheMb = 256;
        boolean fresh = false;
        long parentPid = -1;
        boolean exitOnStdinClose = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--parent-pid" -> parentPid = Long.parseLong(args[++i]);
                case "--exit-on-stdin-close" -> exitOnStdinClose = true;
                case "--home" -> home = Path.of(args[++i]);
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--host" -> host = args[++i];
                case "--pagecache-mb" -> pageCacheMb = Long.parseLong(args[++i]);
                case "--fresh" -> fresh = true;
                default -> {
                    System.err.println("neo4j-launcher: unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (pageCacheMb < 8 || pageCacheMb > 512) {
            System.err.println("neo4j-launcher: --pagecache-mb must be between 8 and 512");
            System.exit(2);
        }
        if (exitOnStdinClose) watchStdin();
        if (parentPid > 0) watchParent(parentPid);
        if (fresh) deleteRecursively(home);
        Files.createDirectories(home);

        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home.toAbsolutePath())
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                    .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(16))
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // routing on a second port would make two launchers on one machine collide (7688)
                    .setConfig(GraphDatabaseSettings.routing_enabled, false)
                    .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
                    // a stopped launcher should free its port at once, not after Netty's 2 s quiet period
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .setConfig(GraphDatabaseInternalSettings.dump_diagnostics, false)
                    .build();
        } catch (RuntimeException e) {
            System.err.println("neo4j-launcher: could not start Neo4j in " + home.toAbsolutePath() + ": " + rootMessage(e));
            System.exit(1);
            return;
        }
        final DatabaseManagementService service = dbms;
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.shutdown();
            stopped.countDown();
        }, "neo4j-shutdown"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(TimeUnit.SECONDS.toMillis(120))) {
            System.err.println("neo4j-launcher: database did not become available within 120 s; see " + home.resolve("logs"));
            System.exit(1);
        }
        db.executeTransactionally("RETURN 1");
        System.out.println("NEO4J_READY bolt://" + host + ":" + port);
        System.out.flush();
        stopped.await();
    }

    /** End of file on stdin: the parent is gone (or closed its end on purpose). Exits, which runs the shutdown hook. */
    private static void watchStdin() {
        Thread t = new Thread(() -> {
            try {
                byte[] buf = new byte[256];
                while (System.in.read(buf) >= 0) {
                    // the parent never writes; anything it does write is ignored
                }
            } catch (java.io.IOException e) {
                // a broken pipe is a closed one
            }
            parentGone("its stdin closed");
        }, "parent-stdin-watch");
        t.setDaemon(true);
        t.start();
    }

    private static void watchParent(long pid) {
        var parent = ProcessHandle.of(pid);
        if (parent.isEmpty() || !parent.get().isAlive()) {
            parentGone("its parent process " + pid + " is not running");
            return;
        }
        parent.get().onExit().thenRun(() -> parentGone("its parent process " + pid + " exited"));
    }

    private static void parentGone(String why) {
        System.err.println("neo4j-launcher: shutting down: " + why);
        System.err.flush();
        System.exit(0);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) return;
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
