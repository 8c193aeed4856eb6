package vn.chidao.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * A MongoDB wire-protocol server for tests, one per JVM: a real {@code mongo:8} container when a
 * Docker engine answers, otherwise the in-process {@code mongo-java-server}. Callers only see a
 * connection string. Give each test class its own database name to keep tests apart.
 *
 * <p>The in-process server has no transactions, TTL, $text or non-unique index builds; code must
 * not depend on them (see ENVIRONMENT.md).
 */
public final class TestMongo {

  private static volatile String uri;

  private TestMongo() {}

  /** {@code mongodb://host:port} of the shared server, started on first use. */
  public static String uri() {
    if (uri == null) {
      synchronized (TestMongo.class) {
        if (uri == null) {
          uri = Docker.available() ? startContainer() : startInProcess();
        }
      }
    }
    return uri;
  }

  /** Whether the server is a real mongod (some tests exercise features only it has). */
  public static boolean isRealMongo() {
    uri();
    return Docker.available();
  }

  @SuppressWarnings("resource") // lives as long as the JVM; Testcontainers' Ryuk reaps it
  private static String startContainer() {
    MongoDBContainer container = new MongoDBContainer("mongo:8");
    container.start();
    return container.getConnectionString();
  }

  private static String startInProcess() {
    MongoServer server = new MongoServer(new HelloAwareMemoryBackend());
    server.bind("127.0.0.1", 0);
    InetSocketAddress address = server.getLocalAddress();
    Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "test-mongo-stop"));
    return "mongodb://127.0.0.1:" + address.getPort();
  }
}
