package vn.chidao.e2e;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.core.ConditionTimeoutException;
import vn.chidao.testsupport.ChidaoTestProperties;
import vn.chidao.testsupport.KeycloakEndpoint;
import vn.chidao.testsupport.RabbitEndpoint;
import vn.chidao.testsupport.TestKeycloak;
import vn.chidao.testsupport.TestMongo;
import vn.chidao.testsupport.TestRabbit;
import vn.chidao.testsupport.TestSmtp;

/**
 * The whole suite for system tests, started once per test JVM: real Keycloak with the project
 * realm, RabbitMQ (this run's prefix), a MongoDB wire server, an SMTP server, and the five services
 * as separate processes from their packaged jars, each waited for until healthy.
 */
final class RunningSuite {

  /** Generous: on a loaded 2-core machine five JVMs starting at once take minutes. */
  private static final Duration HEALTHY_WITHIN =
      Duration.ofMinutes(Long.getLong("chidao.e2e.healthy-within-minutes", 10));

  private static RunningSuite instance;

  final KeycloakEndpoint keycloak;
  final GreenMail smtp;
  final String gatewayUrl;
  private final List<ServiceProcess> services = new ArrayList<>();

  private RunningSuite() throws IOException {
    KeycloakTheme.install();
    keycloak = TestKeycloak.get();
    smtp = TestSmtp.start();
    RabbitEndpoint rabbit = TestRabbit.get();
    Map<String, String> env = new HashMap<>();
    env.put("MONGODB_URI", TestMongo.uri());
    env.put("RABBITMQ_HOST", rabbit.host());
    env.put("RABBITMQ_PORT", String.valueOf(rabbit.port()));
    env.put("RABBITMQ_USERNAME", rabbit.username());
    env.put("RABBITMQ_PASSWORD", rabbit.password());
    env.put("KEYCLOAK_ISSUER", keycloak.issuer());
    env.put("KEYCLOAK_JWKS_URI", keycloak.jwkSetUri());
    env.put("SMTP_HOST", "127.0.0.1");
    env.put("SMTP_PORT", String.valueOf(TestSmtp.port(smtp)));
    List<String> isolation =
        ChidaoTestProperties.isolation(rabbit).entrySet().stream()
            .map(property -> "--" + property.getKey() + "=" + property.getValue())
            .toList();

    int directive = freePort();
    int reporting = freePort();
    int notification = freePort();
    int identity = freePort();
    env.put("DIRECTIVE_URL", "http://127.0.0.1:" + directive);
    env.put("REPORTING_URL", "http://127.0.0.1:" + reporting);
    env.put("NOTIFICATION_URL", "http://127.0.0.1:" + notification);
    env.put("IDENTITY_URL", "http://127.0.0.1:" + identity);
    // The gateway logs each request it answered (reactor-netty's access log): set against the
    // browser's own list of requests when a page load times out (HangEvidence).
    Map<String, String> gatewayEnv = new HashMap<>(env);
    gatewayEnv.put("JAVA_TOOL_OPTIONS", "-Dreactor.netty.http.server.accessLogEnabled=true");
    ServiceProcess gateway = ServiceProcess.start("gateway", freePort(), gatewayEnv, isolation);
    services.add(gateway);
    // The browser test registers push subscriptions at test-support's local push service (http on
    // loopback), which production refuses.
    List<String> notificationArgs = new ArrayList<>(isolation);
    notificationArgs.add("--chidao.push.allow-local-endpoints=true");
    services.add(ServiceProcess.start("notification-service", notification, env, notificationArgs));
    services.add(ServiceProcess.start("directive-service", directive, env, isolation));
    services.add(ServiceProcess.start("reporting-service", reporting, env, isolation));
    services.add(ServiceProcess.start("identity", identity, env, isolation));
    gatewayUrl = gateway.url();
    Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "suite-stop"));
    awaitHealthy();
    // A page load that hangs: was a service (the gateway first) stuck, and where?
    HangEvidence.alsoRecord(dir -> services.forEach(service -> service.threadDump(dir)));
  }

  static synchronized RunningSuite get() {
    if (instance == null) {
      try {
        instance = new RunningSuite();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  String token(String username) {
    return keycloak.passwordToken(username, WalkingSkeleton.DEMO_PASSWORD);
  }

  private void awaitHealthy() {
    HttpClient http = HttpClient.newHttpClient();
    try {
      await()
          .atMost(HEALTHY_WITHIN)
          .pollInterval(Duration.ofMillis(500))
          .until(() -> services.stream().allMatch(s -> !s.isAlive() || isUp(http, s)));
    } catch (ConditionTimeoutException e) {
      // reported below, service by service
    }
    for (ServiceProcess service : services) {
      if (!isUp(http, service)) {
        String why =
            service.name() + " did not become healthy; its log ends with:\n" + service.logTail();
        stop();
        throw new IllegalStateException(why);
      }
    }
  }

  private static boolean isUp(HttpClient http, ServiceProcess service) {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(service.url() + "/actuator/health"))
                  .timeout(Duration.ofSeconds(3))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 && response.body().contains("\"UP\"");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private synchronized void stop() {
    services.forEach(ServiceProcess::requestStop); // all at once: surefire allows 30 s to exit
    services.forEach(ServiceProcess::awaitStop);
    services.clear();
    smtp.stop();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
