package vn.chidao.devstack;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB wire-protocol server backed by an H2 MVStore file, for running the suite on a machine
 * without {@code mongod}. It speaks enough of MongoDB for the services (see ENVIRONMENT.md for what
 * it lacks: transactions, TTL, $text); production uses a real replica set.
 *
 * <p>Run: {@code java -jar devstack/target/devstack-<version>.jar [--host=] [--port=] [--file=]}.
 * SIGTERM closes the store, so the file is consistent on the next start.
 */
public final class EmbeddedMongo implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

  private final MongoServer server;
  private final InetSocketAddress address;
  private final Path file;
  private boolean closed;

  private EmbeddedMongo(MongoServer server, Path file) {
    this.server = server;
    this.address = server.getLocalAddress();
    this.file = file;
  }

  /** Opens (or creates) the data file and starts listening. */
  public static EmbeddedMongo start(MongoSettings settings) {
    Path file = settings.file().toAbsolutePath();
    createParentDirectory(file);
    H2Backend backend = new HelloAwareH2Backend(file.toString());
    MongoServer server = new MongoServer(backend);
    try {
      server.bind(settings.host(), settings.port());
    } catch (RuntimeException e) {
      // The port is taken or the host is wrong: release the file lock before giving up.
      backend.close();
      throw e;
    }
    return new EmbeddedMongo(server, file);
  }

  public InetSocketAddress address() {
    return address;
  }

  public String connectionString() {
    return "mongodb://" + address.getHostString() + ":" + address.getPort();
  }

  /**
   * Stops accepting clients, closes their connections, then closes the store (MongoServer's
   * shutdown closes the backend, which writes the MVStore cleanly). Closing twice does nothing.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    server.shutdown();
    log.info("Embedded MongoDB stopped, data kept in {}", file);
  }

  public static void main(String[] args) throws InterruptedException {
    MongoSettings settings = MongoSettings.from(args, System.getenv());
    EmbeddedMongo mongo = start(settings);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  mongo.close();
                  stopped.countDown();
                },
                "embedded-mongo-shutdown"));
    log.info(
        "Embedded MongoDB (mongo-java-server, H2 file {}) listening on {}",
        mongo.file,
        mongo.connectionString());
    stopped.await();
  }

  private static void createParentDirectory(Path file) {
    Path parent = file.getParent();
    if (parent == null) {
      return;
    }
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data directory " + parent, e);
    }
  }
}
