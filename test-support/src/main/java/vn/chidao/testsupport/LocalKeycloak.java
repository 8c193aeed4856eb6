package vn.chidao.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keycloak from the unpacked {@code keycloak-quarkus-dist}, for machines without a Docker engine.
 *
 * <p>Starting it costs 20–50 s, so one server serves every test JVM of a build (and of the next
 * build): its port and pid live in a state file guarded by a file lock, so parallel forks start it
 * once. The state lives in a folder named after the realm file's hash, {@code
 * ~/.cache/chidao/test-keycloak/realm-<hash>/}: JVMs that see the same realm share one server, and
 * a changed realm file (another branch, or an edit) gets a server of its own with a fresh H2
 * database and that realm imported, instead of restarting a server other JVMs are still using. A
 * small shell watchdog stops each server when no test has touched its lease file for {@code
 * CHIDAO_TEST_KEYCLOAK_IDLE_SECONDS} (default 900), so superseded realms do not linger; {@code
 * .ci/run} stops it at once.
 */
final class LocalKeycloak {

  private static final Logger log = LoggerFactory.getLogger(LocalKeycloak.class);
  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
  private static final Path STATE_ROOT =
      Paths.get(System.getProperty("user.home"), ".cache", "chidao", "test-keycloak");
  private static volatile Path stateDir;

  /**
   * Runs kc.sh and stops it when the lease goes stale, when the state file names another server (a
   * start that failed half-way), or when the watchdog is told to stop. Arguments: kc.sh, port, H2
   * URL, lease file, idle seconds, state file.
   */
  private static final String WATCHDOG =
      """
      "$1" start-dev --http-port="$2" --http-host=127.0.0.1 --db-url="$3" &
      kc=$!
      trap 'kill "$kc" 2>/dev/null; wait "$kc"; exit 0' TERM INT HUP
      started=$(date +%s)
      while kill -0 "$kc" 2>/dev/null; do
        sleep 15 & wait $!
        now=$(date +%s)
        if [ $(( now - $(stat -c %Y "$4") )) -gt "$5" ]; then
          echo "watchdog: idle for more than $5 s, stopping Keycloak"
          kill "$kc"; wait "$kc"; exit 0
        fi
        if [ $(( now - started )) -gt 300 ] && ! grep -q "^pid=$$\\$" "$6" 2>/dev/null; then
          echo "watchdog: no longer the shared server, stopping Keycloak"
          kill "$kc"; wait "$kc"; exit 0
        fi
      done
      """;

  private LocalKeycloak() {}

  /** A running server and its administrator. */
  record Started(KeycloakEndpoint endpoint, KeycloakAdmin admin) {}

  static Started startOrReuse() {
    try {
      Path dir = stateDir();
      Files.createDirectories(dir);
      try (FileChannel channel =
              FileChannel.open(
                  dir.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock ignored = channel.lock()) {
        return reuseOrStart(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the local Keycloak", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * The folder of the server for this JVM's realm file: {@code realm-} and the first 16 hex digits
   * of the file's SHA-256 (a realm file does not change while a JVM runs its tests).
   */
  static Path stateDir() throws IOException {
    if (stateDir == null) {
      stateDir = STATE_ROOT.resolve("realm-" + sha256(RealmImport.realmFile()).substring(0, 16));
    }
    return stateDir;
  }

  static void touchLease() {
    try {
      Files.setLastModifiedTime(stateDir().resolve("lease"), FileTime.from(Instant.now()));
    } catch (IOException e) {
      log.debug("Cannot touch the Keycloak lease", e);
    }
  }

  private static Started reuseOrStart(Path dir) throws IOException, InterruptedException {
    String realmHash = sha256(RealmImport.realmFile());
    Path stateFile = dir.resolve("state.properties");
    Properties state = new Properties();
    if (Files.exists(stateFile)) {
      try (InputStream in = Files.newInputStream(stateFile)) {
        state.load(in);
      }
      long pid = Long.parseLong(state.getProperty("pid", "-1"));
      String url = state.getProperty("url", "");
      boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
      if (alive
          && realmHash.equals(state.getProperty("realm"))
          && state.getProperty("adminPassword") != null
          && RealmImport.answers(url + "/realms/" + KeycloakEndpoint.REALM)) {
        log.info("Reusing the local Keycloak at {} (pid {})", url, pid);
        Files.writeString(dir.resolve("lease"), "");
        return new Started(
            new KeycloakEndpoint(url),
            new KeycloakAdmin(url, "admin", state.getProperty("adminPassword")));
      }
      if (alive) {
        log.info(
            "Restarting the local Keycloak (not answering, or started without a recorded admin)");
        stop(pid);
      }
    }
    return start(dir, stateFile, realmHash);
  }

  private static Started start(Path dir, Path stateFile, String realmHash)
      throws IOException, InterruptedException {
    Path kcHome = keycloakHome();
    Path db = dir.resolve("db");
    Path lease = dir.resolve("lease");
    deleteTree(db);
    int port = freePort();
    String url = "http://127.0.0.1:" + port;
    String adminPassword = UUID.randomUUID().toString();
    Files.writeString(lease, "");
    ProcessBuilder builder =
        new ProcessBuilder(
            "bash",
            "-c",
            WATCHDOG,
            "keycloak-watchdog",
            kcHome.resolve("bin/kc.sh").toString(),
            String.valueOf(port),
            "jdbc:h2:file:" + db.resolve("keycloakdb") + ";NON_KEYWORDS=VALUE",
            lease.toString(),
            System.getenv().getOrDefault("CHIDAO_TEST_KEYCLOAK_IDLE_SECONDS", "900"),
            stateFile.toString());
    builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
    builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
    builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
    builder.redirectErrorStream(true);
    Path logFile = dir.resolve("keycloak.log");
    builder.redirectOutput(logFile.toFile());
    log.info("Starting the local Keycloak from {} on {} (log: {})", kcHome, url, logFile);
    Process process = builder.start();
    try {
      awaitReady(process, url, logFile);
      RealmImport.importInto(url, "admin", adminPassword);
    } catch (RuntimeException | IOException e) {
      process.destroy(); // no state file points at it: nobody would reuse or stop it
      throw e;
    }
    Properties state = new Properties();
    state.setProperty("pid", String.valueOf(process.pid()));
    state.setProperty("url", url);
    state.setProperty("realm", realmHash);
    // Tests that set up more than the chidao realm log in as this admin; the server listens on
    // loopback only and lives as long as the tests.
    state.setProperty("adminPassword", adminPassword);
    try (OutputStream out = Files.newOutputStream(stateFile)) {
      state.store(out, "local Keycloak shared by chidao test JVMs");
    }
    ownerOnly(stateFile);
    return new Started(new KeycloakEndpoint(url), new KeycloakAdmin(url, "admin", adminPassword));
  }

  private static void ownerOnly(Path file) {
    try {
      Files.setPosixFilePermissions(
          file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException | IOException e) {
      log.debug("Cannot restrict {} to its owner", file, e);
    }
  }

  private static void awaitReady(Process process, String url, Path logFile)
      throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (!RealmImport.answers(url + "/realms/master")) {
      if (!process.isAlive() || Instant.now().isAfter(deadline)) {
        process.destroy();
        List<String> lines = Files.readAllLines(logFile);
        String tail =
            String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        throw new IllegalStateException("Local Keycloak did not start; last log lines:\n" + tail);
      }
      Thread.sleep(500); // polling a process we started; no condition object to wait on
    }
  }

  private static void stop(long pid) throws InterruptedException {
    ProcessHandle.of(pid)
        .ifPresent(
            handle -> {
              handle.destroy();
              handle.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
            });
  }

  static Path keycloakHome() {
    String configured = System.getProperty("chidao.keycloak.home");
    if (configured == null) {
      configured = System.getenv("CHIDAO_KEYCLOAK_HOME");
    }
    Path home =
        configured != null
            ? Paths.get(configured)
            : Paths.get(System.getProperty("user.home"), ".cache/chidao/keycloak-26.7.3");
    if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
      throw new IllegalStateException(
          "No Keycloak distribution at "
              + home
              + "; the build unpacks it (./mvnw -pl test-support generate-resources)");
    }
    return home;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
