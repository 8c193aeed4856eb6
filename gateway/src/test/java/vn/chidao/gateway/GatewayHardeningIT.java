package vn.chidao.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
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
 * What the gateway does for a browser and against abuse, with small limits and behind a (pretend)
 * TLS proxy: rate limits per person and per address with 429 problems, security headers, HSTS only
 * over TLS, the sign-in redirect with PKCE, the session and CSRF cookies, CSRF refusal, the session
 * endpoint, HTML error pages. Sign-in against the real Keycloak is in e2e's WebAppIT. Each test
 * uses its own client address ({@code X-Forwarded-For}) and person, so the limits of one test do
 * not spill into another.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class GatewayHardeningIT {

  static final StandInService directives = StandInService.answering();
  static final String ISSUER = "https://sso.chidao.test/realms/chidao";
  private static final AtomicInteger addresses = new AtomicInteger(10);

  @Autowired WebTestClient client;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    ChidaoTestProperties.jwt(registry);
    registry.add("chidao.gateway.directive-url", directives::url);
    registry.add("chidao.gateway.login.issuer-uri", () -> ISSUER);
    registry.add("chidao.gateway.rate-limit.per-user.requests", () -> "3");
    registry.add("chidao.gateway.rate-limit.per-address.requests", () -> "6");
    registry.add("server.forward-headers-strategy", () -> "framework");
  }

  @AfterAll
  static void stop() {
    directives.close();
  }

  @Test
  void aPersonOverTheirLimitGets429WithRetryAfterAndTheServiceIsNotReached() {
    String token = token("rate.person");
    for (int i = 0; i < 3; i++) {
      get("/api/directives/limit-" + i, newAddress())
          .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
          .exchange()
          .expectStatus()
          .isOk();
    }

    get("/api/directives/limit-over", newAddress())
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
        .exchange()
        .expectStatus()
        .isEqualTo(429)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader()
        .value(HttpHeaders.RETRY_AFTER, value -> assertThat(Long.parseLong(value)).isPositive())
        .expectBody()
        .jsonPath("$.title")
        .isEqualTo("Quá nhiều yêu cầu")
        .jsonPath("$.detail")
        .value(String.class, detail -> assertThat(detail).contains("tài khoản của bạn", "giây"))
        .jsonPath("$.requestId")
        .isNotEmpty();

    assertThat(directives.receivedAt("/api/directives/limit-over")).isEmpty();
  }

  @Test
  void anAddressOverItsLimitGets429BeforeSigningInWhileOtherAddressesAndHealthPass() {
    String address = newAddress();
    for (int i = 0; i < 6; i++) {
      get("/css/app.css", address).exchange().expectStatus().isOk();
    }

    get("/api/session", address)
        .exchange()
        .expectStatus()
        .isEqualTo(429)
        .expectBody()
        .jsonPath("$.detail")
        .value(String.class, detail -> assertThat(detail).contains("địa chỉ mạng"));
    get("/css/app.css", newAddress()).exchange().expectStatus().isOk();
    get("/actuator/health", address).exchange().expectStatus().isOk();
  }

  @Test
  void everyResponseCarriesTheSecurityHeadersAndHstsOnlyOverTls() {
    get("/app/main.js", newAddress())
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .value(
            "Content-Security-Policy",
            csp ->
                assertThat(csp)
                    .contains("script-src 'self'", "frame-ancestors 'none'")
                    .contains("form-action 'self' https://sso.chidao.test")
                    .doesNotContain("unsafe-inline"))
        .expectHeader()
        .valueEquals("X-Frame-Options", "DENY")
        .expectHeader()
        .valueEquals("X-Content-Type-Options", "nosniff")
        .expectHeader()
        .valueEquals("Referrer-Policy", "same-origin")
        .expectHeader()
        .doesNotExist("Strict-Transport-Security")
        .expectHeader()
        .value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value).contains("no-cache"));

    get("/app/main.js", newAddress())
        .header("X-Forwarded-Proto", "https")
        .exchange()
        .expectHeader()
        .value("Strict-Transport-Security", hsts -> assertThat(hsts).contains("max-age="));
  }

  @Test
  void aScreenWithoutASessionSendsTheBrowserToKeycloakWithPkceAndASafeSessionCookie() {
    get("/van-ban-den", newAddress())
        .accept(MediaType.TEXT_HTML)
        .exchange()
        .expectStatus()
        .isFound()
        .expectHeader()
        .valueEquals(HttpHeaders.LOCATION, "/oauth2/authorization/keycloak");

    var login =
        get("/oauth2/authorization/keycloak", newAddress())
            .exchange()
            .expectStatus()
            .isFound()
            .returnResult(Void.class);
    String location = login.getResponseHeaders().getLocation().toString();
    assertThat(location)
        .startsWith(ISSUER + "/protocol/openid-connect/auth?")
        .contains("client_id=chidao-gateway", "code_challenge_method=S256", "code_challenge=")
        .contains("scope=openid", "state=", "nonce=");
    String cookie = sessionCookie(login.getResponseHeaders());
    assertThat(cookie.toLowerCase()).contains("httponly", "samesite=lax").doesNotContain("secure");

    var overTls =
        get("/oauth2/authorization/keycloak", newAddress())
            .header("X-Forwarded-Proto", "https")
            .exchange()
            .returnResult(Void.class);
    assertThat(sessionCookie(overTls.getResponseHeaders()).toLowerCase())
        .contains("secure", "httponly");
    assertThat(overTls.getResponseHeaders().getLocation().toString())
        .contains("redirect_uri=https");
  }

  @Test
  void anApiCallWithoutCredentialsIsA401ProblemForTheAppNotARedirect() {
    get("/api/session", newAddress())
        .accept(MediaType.APPLICATION_JSON)
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.title")
        .isEqualTo("Chưa xác thực");
  }

  @Test
  void aWriteWithNeitherTokenNorSessionIsA401ProblemNotACsrfRefusal() {
    client
        .post()
        .uri("/api/directives?credentials=none")
        .header("X-Forwarded-For", newAddress())
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"subject\":\"không đăng nhập\"}")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(directives.receivedAt("/api/directives?credentials=none")).isEmpty();
  }

  @Test
  void aWriteRidingOnTheSessionCookieWithoutTheCsrfTokenIsRefusedAndNeverForwarded() {
    client
        .post()
        .uri("/api/directives?csrf=missing")
        .header("X-Forwarded-For", newAddress())
        .cookie("CHIDAO_SESSION", "forged-or-stolen")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"subject\":\"giả mạo\"}")
        .exchange()
        .expectStatus()
        .isForbidden()
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/csrf-token-invalid")
        .jsonPath("$.detail")
        .value(String.class, detail -> assertThat(detail).contains("tải lại trang"));

    // With the token from the cookie echoed in the header, CSRF passes; the session is unknown.
    client
        .post()
        .uri("/api/directives?csrf=given")
        .header("X-Forwarded-For", newAddress())
        .cookie("CHIDAO_SESSION", "forged-or-stolen")
        .cookie("XSRF-TOKEN", "token-from-the-cookie")
        .header("X-XSRF-TOKEN", "token-from-the-cookie")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"subject\":\"giả mạo\"}")
        .exchange()
        .expectStatus()
        .isUnauthorized();

    assertThat(directives.receivedAt("/api/directives?csrf=missing")).isEmpty();
    assertThat(directives.receivedAt("/api/directives?csrf=given")).isEmpty();
  }

  @Test
  void theSessionEndpointDescribesTheCallerAndNeverReturnsAToken() {
    String body =
        get("/api/session", newAddress())
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token("session.reader"))
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value).contains("no-store"))
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();

    assertThat(body)
        .contains("\"username\":\"session.reader\"", "\"unitId\":\"dn-tranbien\"", "\"issuer\"")
        .doesNotContain("eyJ");
  }

  @Test
  void aBrowserOpeningAnUnknownAddressGetsAVietnamesePageWithTheRequestId() {
    var result =
        get("/khong-co-trang-nay", newAddress())
            .accept(MediaType.TEXT_HTML)
            .exchange()
            .expectStatus()
            .isNotFound()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.TEXT_HTML)
            .expectBody(String.class)
            .returnResult();
    String requestId = result.getResponseHeaders().getFirst("X-Request-Id");

    assertThat(result.getResponseBody())
        .contains("Không tìm thấy", "Mã yêu cầu", requestId)
        .doesNotContain("<script");
  }

  @Test
  void theAppsScreensAreOneProtectedPageAndItsFilesArePublic() {
    get("/app/routes.js", newAddress()).exchange().expectStatus().isOk();
    get("/sw.js", newAddress()).exchange().expectStatus().isOk();
    get("/da-dang-xuat", newAddress())
        .accept(MediaType.TEXT_HTML)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .value(page -> assertThat(page).contains("Bạn đã đăng xuất"));
    for (String screen : List.of("/", "/van-ban/abc", "/soan-thao", "/cai-dat/thong-bao")) {
      get(screen, newAddress()).accept(MediaType.TEXT_HTML).exchange().expectStatus().isFound();
    }
  }

  private WebTestClient.RequestHeadersSpec<?> get(String path, String address) {
    return client.get().uri(path).header("X-Forwarded-For", address);
  }

  private static String newAddress() {
    return "198.51.100." + addresses.incrementAndGet();
  }

  private static String sessionCookie(HttpHeaders headers) {
    return headers.get(HttpHeaders.SET_COOKIE).stream()
        .filter(cookie -> cookie.startsWith("CHIDAO_SESSION="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no session cookie in " + headers));
  }

  private static String token(String username) {
    return LocalJwtIssuer.shared()
        .token(
            TokenSpec.of(
                username, "dn-tranbien", "/tw/dong-nai/dn-tranbien/", "dong-nai", "issuer"));
  }
}
