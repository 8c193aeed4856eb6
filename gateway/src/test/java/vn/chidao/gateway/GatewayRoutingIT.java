package vn.chidao.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.chidao.testsupport.ChidaoTestProperties;
import vn.chidao.testsupport.LocalJwtIssuer;
import vn.chidao.testsupport.TokenSpec;

/**
 * The gateway in front of stand-in services (see {@link StandInService}, {@link DroppingService}):
 * directives answer, org hangs, reports drop the connection, notifications are not running.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class GatewayRoutingIT {

  static final StandInService directives = StandInService.answering();
  static final StandInService org = StandInService.silent();
  static final DroppingService reports = DroppingService.start();
  static final int nothingListens = closedPort();

  static final TokenSpec VAN_THU =
      TokenSpec.of("tinhuy.vanthu", "dong-nai", "/tw/dong-nai/", "dong-nai", "issuer");

  @Autowired WebTestClient client;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    ChidaoTestProperties.jwt(registry);
    registry.add("chidao.gateway.directive-url", directives::url);
    registry.add("chidao.gateway.identity-url", org::url);
    registry.add("chidao.gateway.reporting-url", reports::url);
    registry.add("chidao.gateway.notification-url", () -> "http://127.0.0.1:" + nothingListens);
    // Short enough for a test; production waits 30 s.
    registry.add("spring.cloud.gateway.server.webflux.httpclient.response-timeout", () -> "1s");
  }

  @AfterAll
  static void stopStandIns() throws IOException {
    directives.close();
    org.close();
    reports.close();
  }

  @Test
  void aRequestWithATokenReachesTheServiceWithItsAuthorizationAndANewRequestId() {
    String token = token(VAN_THU);

    HttpHeaders response =
        client
            .get()
            .uri("/api/directives/d-1?trang=2")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.from")
            .isEqualTo("stand-in")
            .returnResult()
            .getResponseHeaders();

    assertThat(directives.receivedAt("/api/directives/d-1?trang=2"))
        .singleElement()
        .satisfies(
            received -> {
              assertThat(received.authorization()).isEqualTo("Bearer " + token);
              assertThat(received.requestIds()).hasSize(1);
              assertThat(response.get("X-Request-Id"))
                  .containsExactlyElementsOf(received.requestIds());
            });
  }

  @Test
  void theCallersRequestIdIsForwardedUnchangedAndEchoedOnce() {
    client
        .post()
        .uri("/api/directives")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token(VAN_THU))
        .header("X-Request-Id", "client-req-0001")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"subject\":\"về tăng cường công tác dân vận\"}")
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .values("X-Request-Id", ids -> assertThat(ids).containsExactly("client-req-0001"));

    assertThat(directives.receivedAt("/api/directives"))
        .singleElement()
        .satisfies(
            received -> assertThat(received.requestIds()).containsExactly("client-req-0001"));
  }

  @Test
  void aRequestWithoutATokenIsRefusedWithoutReachingTheService() {
    client
        .get()
        .uri("/api/directives/no-token")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/unauthenticated")
        .jsonPath("$.title")
        .isEqualTo("Chưa xác thực")
        .jsonPath("$.requestId")
        .isNotEmpty();

    assertThat(directives.receivedAt("/api/directives/no-token")).isEmpty();
  }

  @Test
  void anExpiredTokenIsRefusedWithoutReachingTheService() {
    String expired = token(VAN_THU.expiresIn(Duration.ofMinutes(-5)));

    client
        .get()
        .uri("/api/directives/expired")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + expired)
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/token-expired")
        .jsonPath("$.detail")
        .isEqualTo("Phiên đăng nhập đã hết hạn; hãy đăng nhập lại.");

    assertThat(directives.receivedAt("/api/directives/expired")).isEmpty();
  }

  @Test
  void aTokenFromAnotherIssuerIsRefusedWithoutReachingTheService() {
    String foreign = token(VAN_THU.withIssuer("http://evil.example/realms/chidao"));

    client
        .get()
        .uri("/api/directives/foreign")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + foreign)
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/invalid-token");

    assertThat(directives.receivedAt("/api/directives/foreign")).isEmpty();
  }

  @Test
  void aServiceThatIsNotRunningIsA503ProblemNamingTheService() {
    client
        .get()
        .uri("/api/notifications")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token(VAN_THU))
        .exchange()
        .expectStatus()
        .isEqualTo(503)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/service-unavailable")
        .jsonPath("$.title")
        .isEqualTo("Dịch vụ tạm thời không sẵn sàng")
        .jsonPath("$.detail")
        .value(String.class, detail -> assertThat(detail).startsWith("Dịch vụ thông báo tạm thời"))
        .jsonPath("$.instance")
        .isEqualTo("/api/notifications")
        .jsonPath("$.requestId")
        .isNotEmpty()
        .jsonPath("$.trace")
        .doesNotExist();
  }

  @Test
  void aServiceThatDoesNotAnswerInTimeIsA504Problem() {
    client
        .get()
        .uri("/api/org/units")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token(VAN_THU))
        .exchange()
        .expectStatus()
        .isEqualTo(504)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/service-timeout")
        .jsonPath("$.detail")
        .value(String.class, detail -> assertThat(detail).contains("danh mục tổ chức"));

    assertThat(org.receivedAt("/api/org/units")).hasSize(1);
  }

  @Test
  void aPostIsSentOnceEvenWhenTheServiceDropsTheConnection() {
    // Reuse a pooled connection, as production traffic does.
    client
        .get()
        .uri(DroppingService.WARM_UP)
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token(VAN_THU))
        .exchange()
        .expectStatus()
        .isOk();

    client
        .post()
        .uri("/api/reports/submit-once")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token(VAN_THU))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"period\":\"2025-H1\"}")
        .exchange()
        .expectStatus()
        .isEqualTo(502)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/service-failed");

    // The gateway answers only after its last attempt, so the count is final here.
    assertThat(reports.requestsFor("POST /api/reports/submit-once"))
        .as("requests seen by the service: %s", reports.requestLines())
        .isEqualTo(1);
  }

  @Test
  void aGetIsRetriedOnceWhenTheServiceDropsTheConnection() {
    client
        .get()
        .uri("/api/reports/read-twice")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token(VAN_THU))
        .exchange()
        .expectStatus()
        .isEqualTo(502);

    assertThat(reports.requestsFor("GET /api/reports/read-twice")).isEqualTo(2);
  }

  @Test
  void anUnknownPathIsA404Problem() {
    client
        .get()
        .uri("/api/khong-co")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token(VAN_THU))
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.title")
        .isEqualTo("Không tìm thấy")
        .jsonPath("$.detail")
        .isEqualTo("Không tìm thấy tài nguyên được yêu cầu.")
        .jsonPath("$.requestId")
        .isNotEmpty();

    client
        .get()
        .uri("/khong-co")
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void theGatewayStaysHealthyWhileAServiceIsDown() {
    client
        .get()
        .uri("/actuator/health")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("UP");
  }

  private static String token(TokenSpec spec) {
    return LocalJwtIssuer.shared().token(spec);
  }

  /** A port nobody listens on: bound once to learn a free number, then released. */
  private static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
