package vn.chidao.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.chidao.testsupport.ChidaoTestProperties;
import vn.chidao.testsupport.LocalJwtIssuer;
import vn.chidao.testsupport.TokenSpec;

@SpringBootTest(
    classes = ProbeApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.http.codecs.max-in-memory-size=64KB")
@AutoConfigureWebTestClient
class ProblemResponsesTest {

  private static final TokenSpec CLERK =
      TokenSpec.of("tinhuy.vanthu", "dong-nai", "/tw/dong-nai/", "dong-nai", "issuer", "member");

  @Autowired WebTestClient client;

  @DynamicPropertySource
  static void jwt(DynamicPropertyRegistry registry) {
    ChidaoTestProperties.jwt(registry);
  }

  private static String token(TokenSpec spec) {
    return LocalJwtIssuer.shared().token(spec);
  }

  private WebTestClient.ResponseSpec post(String token, String json) {
    return client
        .post()
        .uri("/notes")
        .headers(h -> h.setBearerAuth(token))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(json)
        .exchange();
  }

  @Test
  void a_valid_token_reaches_the_controller_with_chidaos_claims() {
    client
        .get()
        .uri("/me")
        .headers(h -> h.setBearerAuth(token(CLERK)))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.unitPath")
        .isEqualTo("/tw/dong-nai/")
        .jsonPath("$.province")
        .isEqualTo("dong-nai");
  }

  @Test
  void no_token_is_a_401_problem_in_vietnamese() {
    client
        .get()
        .uri("/me")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("Bạn cần đăng nhập để thực hiện thao tác này.")
        .jsonPath("$.requestId")
        .isNotEmpty();
  }

  @Test
  void an_expired_token_says_the_session_expired() {
    client
        .get()
        .uri("/me")
        .headers(h -> h.setBearerAuth(token(CLERK.expiresIn(Duration.ofMinutes(-5)))))
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/token-expired");
  }

  @Test
  void a_token_from_another_issuer_is_refused() {
    client
        .get()
        .uri("/me")
        .headers(h -> h.setBearerAuth(token(CLERK.withIssuer("http://evil.example/realms/chidao"))))
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/invalid-token");
  }

  @Test
  void validation_errors_list_each_field_with_its_vietnamese_message() {
    post(token(CLERK), "{\"subject\":\"\"}")
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("subject")
        .jsonPath("$.errors[0].message")
        .isEqualTo("Trích yếu không được để trống")
        .jsonPath("$.detail")
        .isEqualTo("Dữ liệu không hợp lệ: Trích yếu không được để trống.");
  }

  @Test
  void a_parameter_of_the_wrong_type_is_explained_in_vietnamese() {
    client
        .get()
        .uri("/paged?page=abc")
        .headers(h -> h.setBearerAuth(token(CLERK)))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].message")
        .isEqualTo("Giá trị của page không đúng kiểu dữ liệu");
  }

  @Test
  void malformed_json_is_a_400_problem() {
    post(token(CLERK), "{\"subject\": ")
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/unreadable-request");
  }

  @Test
  void a_body_over_the_limit_is_a_413_problem() {
    String huge = "{\"subject\":\"" + "đ".repeat(100_000) + "\"}";
    post(token(CLERK), huge)
        .expectStatus()
        .isEqualTo(413)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.title")
        .isEqualTo("Nội dung quá lớn");
  }

  @Test
  void a_business_refusal_keeps_its_own_type_and_detail() {
    client
        .get()
        .uri("/refused")
        .headers(h -> h.setBearerAuth(token(CLERK)))
        .exchange()
        .expectStatus()
        .isForbidden()
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/outside-subtree")
        .jsonPath("$.detail")
        .isEqualTo("Đơn vị nhận nằm ngoài phạm vi của bạn.")
        .jsonPath("$.instance")
        .isEqualTo("/refused");
  }

  @Test
  void an_unexpected_error_is_a_500_problem_that_leaks_nothing() {
    Map<?, ?> body =
        client
            .get()
            .uri("/broken")
            .headers(h -> h.setBearerAuth(token(CLERK)))
            .exchange()
            .expectStatus()
            .is5xxServerError()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    assertThat(body.toString())
        .doesNotContain("secret internal detail")
        .doesNotContain("Exception");
    assertThat(body.get("title")).isEqualTo("Lỗi hệ thống");
  }

  @Test
  void framework_errors_get_vietnamese_titles() {
    client
        .get()
        .uri("/conflict")
        .headers(h -> h.setBearerAuth(token(CLERK)))
        .exchange()
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.title")
        .isEqualTo("Xung đột dữ liệu")
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/conflict");
  }

  @Test
  void an_unknown_path_is_a_404_problem() {
    client
        .get()
        .uri("/nowhere")
        .headers(h -> h.setBearerAuth(token(CLERK)))
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("Không tìm thấy tài nguyên được yêu cầu.")
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/not-found");
  }

  @Test
  void health_is_open_and_carries_a_request_id() {
    client
        .get()
        .uri("/actuator/health")
        .header("X-Request-Id", "probe-request-0001")
        .exchange()
        .expectHeader()
        .valueEquals("X-Request-Id", "probe-request-0001");
  }
}
