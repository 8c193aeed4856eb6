package vn.chidao.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * Whether containers can be used. Asked once per JVM. {@code CHIDAO_TEST_CONTAINERS=never} forces
 * the local fallbacks even where an engine answers (useful to reproduce CI on a laptop).
 */
public final class Docker {

  private static final Logger log = LoggerFactory.getLogger(Docker.class);
  private static volatile Boolean available;

  private Docker() {}

  public static boolean available() {
    if (available == null) {
      synchronized (Docker.class) {
        if (available == null) {
          available = probe();
          log.info(
              available
                  ? "Docker engine found: tests use containers"
                  : "No Docker engine: tests use local services");
        }
      }
    }
    return available;
  }

  /** Where Testcontainers would look first; with none of them, there is nothing to ask. */
  private static boolean engineConfigured() {
    String home = System.getProperty("user.home");
    return System.getenv("DOCKER_HOST") != null
        || Files.exists(Path.of("/var/run/docker.sock"))
        || Files.exists(Path.of(home, ".docker", "run", "docker.sock"))
        || Files.exists(Path.of(home, ".testcontainers.properties"));
  }

  private static boolean probe() {
    if ("never".equalsIgnoreCase(System.getenv("CHIDAO_TEST_CONTAINERS"))) {
      return false;
    }
    if (!engineConfigured()) {
      return false; // spares Testcontainers' probe, which logs every failed attempt as an ERROR
    }
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }
}
