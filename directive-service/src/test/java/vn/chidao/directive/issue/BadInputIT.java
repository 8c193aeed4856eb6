package vn.chidao.directive.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.directive.support.DemoTokens.QUANG_NGAI_VAN_THU;
import static vn.chidao.directive.support.DemoTokens.TINH_UY_QUAN_TRI;
import static vn.chidao.directive.support.DemoTokens.TINH_UY_VAN_THU;
import static vn.chidao.directive.support.DemoTokens.TRAN_BIEN_VAN_THU;
import static vn.chidao.directive.support.DemoTokens.bearer;
import static vn.chidao.directive.support.DemoTokens.expired;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.CodecConfigurer;
import org.springframework.http.codec.ServerCodecConfigurer;
import vn.chidao.contracts.Destinations;
import vn.chidao.contracts.directive.DirectiveIssued;
import vn.chidao.directive.issue.adapter.in.web.DirectiveResponse;
import vn.chidao.directive.issue.adapter.out.mongo.DirectiveDocument;
import vn.chidao.directive.support.EventTap;
import vn.chidao.directive.support.ServiceIT;
import vn.chidao.testsupport.TokenSpec;

/**
 * Every way a request to issue can be wrong ends in a 4xx problem, with nothing stored and nothing
 * published. "Nothing published" is checked without waiting for silence: after the bad request a
 * valid one is issued, and every event the broker delivers before that one's must be about a
 * directive that already existed (a late re-publish by the outbox relay is allowed).
 */
class BadInputIT extends ServiceIT {

  private static final String ISSUER = bearer(TINH_UY_VAN_THU);

  /** One bad request and the problem it must produce. */
  record BadRequest(
      String name,
      String authorization,
      MediaType contentType,
      String body,
      int status,
      String problemType) {
    @Override
    public String toString() {
      return name;
    }
  }

  private EventTap issued;

  @BeforeEach
  void listen() throws Exception {
    issued = EventTap.listen(Destinations.DIRECTIVE_ISSUED);
  }

  @AfterEach
  void stopListening() throws Exception {
    issued.close();
  }

  private static Map<String, Object> valid() {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("docType", "CV");
    request.put("subject", "Về việc báo cáo sơ kết 6 tháng");
    request.put("body", "Đề nghị các đơn vị báo cáo trước ngày 15/6.");
    request.put("urgency", "NORMAL");
    request.put("recipientUnitIds", List.of("dn-tranbien"));
    return request;
  }

  private static String json(Consumer<Map<String, Object>> change) {
    Map<String, Object> request = valid();
    change.accept(request);
    return EventTap.JSON.writeValueAsString(request);
  }

  private static BadRequest asIssuer(String name, String body, int status, String type) {
    return new BadRequest(name, ISSUER, MediaType.APPLICATION_JSON, body, status, type);
  }

  private static BadRequest as(
      String name, TokenSpec caller, String body, int status, String type) {
    return new BadRequest(name, bearer(caller), MediaType.APPLICATION_JSON, body, status, type);
  }

  static Stream<BadRequest> badRequests() {
    String validJson = json(request -> {});
    return Stream.of(
        asIssuer(
            "JSON sai cú pháp", "{\"docType\": \"CV\", \"subject\": ", 400, "unreadable-request"),
        asIssuer("không có nội dung", "", 400, "unreadable-request"),
        asIssuer(
            "sai kiểu dữ liệu",
            json(r -> r.put("recipientUnitIds", 42)),
            400,
            "unreadable-request"),
        asIssuer("đối tượng rỗng", "{}", 400, "validation"),
        asIssuer("thiếu trích yếu", json(r -> r.remove("subject")), 400, "validation"),
        asIssuer("thiếu đơn vị nhận", json(r -> r.remove("recipientUnitIds")), 400, "validation"),
        asIssuer(
            "trích yếu 501 ký tự", json(r -> r.put("subject", "ư".repeat(501))), 400, "validation"),
        asIssuer(
            "trích yếu 1 MB",
            json(r -> r.put("subject", "a".repeat(1024 * 1024))),
            413,
            "too-large"),
        asIssuer(
            "nội dung 300 KB", json(r -> r.put("body", "a".repeat(300 * 1024))), 413, "too-large"),
        asIssuer(
            "loại văn bản viết không dấu", json(r -> r.put("docType", "QD")), 400, "validation"),
        asIssuer("độ khẩn không có", json(r -> r.put("urgency", "GAP")), 400, "validation"),
        asIssuer(
            "không đơn vị nhận",
            json(r -> r.put("recipientUnitIds", List.of())),
            400,
            "validation"),
        asIssuer(
            "501 đơn vị nhận",
            json(r -> r.put("recipientUnitIds", Collections.nCopies(501, "dn-tranbien"))),
            400,
            "validation"),
        asIssuer(
            "mã đơn vị nhận trống",
            json(r -> r.put("recipientUnitIds", List.of(" "))),
            400,
            "validation"),
        asIssuer(
            "đơn vị nhận không tồn tại",
            json(r -> r.put("recipientUnitIds", List.of("dn-tranbien", "khong-co"))),
            422,
            "recipients-unknown"),
        new BadRequest("không phải JSON", ISSUER, MediaType.TEXT_PLAIN, "Văn bản", 415, null),
        new BadRequest(
            "không có mã truy cập",
            null,
            MediaType.APPLICATION_JSON,
            validJson,
            401,
            "unauthenticated"),
        new BadRequest(
            "mã truy cập hết hạn",
            expired(TINH_UY_VAN_THU),
            MediaType.APPLICATION_JSON,
            validJson,
            401,
            "token-expired"),
        new BadRequest(
            "mã truy cập của bên phát hành lạ",
            bearer(TINH_UY_VAN_THU.withIssuer("http://127.0.0.1:1/realms/gia-mao")),
            MediaType.APPLICATION_JSON,
            validJson,
            401,
            "invalid-token"),
        as(
            "người của tỉnh khác gửi tới Đồng Nai",
            QUANG_NGAI_VAN_THU,
            validJson,
            403,
            "recipients-other-province"),
        as(
            "mã truy cập ghi tỉnh khác với đơn vị",
            TokenSpec.of("gia.mao", "dong-nai", "/tw/dong-nai/", "quang-ngai", "issuer"),
            validJson,
            403,
            "issuer-other-province"),
        as("không có vai trò ban hành", TINH_UY_QUAN_TRI, validJson, 403, "forbidden"),
        as(
            "gửi tới đơn vị ngoài phạm vi",
            TRAN_BIEN_VAN_THU,
            json(r -> r.put("recipientUnitIds", List.of("dn-xuanloc"))),
            403,
            "recipients-outside-subtree"),
        as(
            "đơn vị người gửi chưa có trong danh bạ",
            TokenSpec.of("moi.vanthu", "dn-moi", "/tw/dong-nai/dn-moi/", "dong-nai", "issuer"),
            json(r -> r.put("recipientUnitIds", List.of("dn-tranbien"))),
            403,
            "issuer-unit-unknown"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRequests")
  void a_bad_request_is_a_problem_and_leaves_no_trace(BadRequest bad) throws Exception {
    Set<String> storedBefore = storedDirectives();

    var response =
        web.post()
            .uri("/api/directives")
            .headers(
                headers -> {
                  if (bad.authorization() != null) {
                    headers.set(HttpHeaders.AUTHORIZATION, bad.authorization());
                  }
                })
            .contentType(bad.contentType())
            .bodyValue(bad.body())
            .exchange()
            .expectStatus()
            .isEqualTo(bad.status())
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.status")
            .isEqualTo(bad.status())
            .jsonPath("$.title")
            .value(title -> assertThat((String) title).isNotBlank())
            .jsonPath("$.detail")
            .value(detail -> assertThat((String) detail).isNotBlank())
            .jsonPath("$.requestId")
            .exists();
    if (bad.problemType() != null) {
      response.jsonPath("$.type").isEqualTo("https://chidao.vn/problems/" + bad.problemType());
    }

    assertThat(storedDirectives()).as("directives stored").isEqualTo(storedBefore);
    String marker = issueMarker();
    assertThat(eventsBefore(marker)).as("events published").isSubsetOf(storedBefore);
  }

  /** Boot 4 ignores the old name spring.codec.max-in-memory-size; this proves ours is read. */
  @Test
  void the_body_limit_is_the_configured_256_kb(@Autowired ServerCodecConfigurer codecs) {
    var config = (CodecConfigurer.DefaultCodecConfig) codecs.defaultCodecs();

    assertThat(config.maxInMemorySize()).isEqualTo(256 * 1024);
  }

  private Set<String> storedDirectives() {
    return mongo
        .findAll(DirectiveDocument.class)
        .map(DirectiveDocument::id)
        .collect(Collectors.toSet())
        .block();
  }

  /** Directive ids of the events the broker delivers before the one of {@code marker}. */
  private List<String> eventsBefore(String marker) throws InterruptedException {
    List<String> seen = new ArrayList<>();
    while (true) {
      EventTap.Received next = issued.next(BROKER_WAIT);
      assertThat(next).as("the marker's event").isNotNull();
      String directiveId = next.as(DirectiveIssued.class).directiveId();
      if (directiveId.equals(marker)) {
        return seen;
      }
      seen.add(directiveId);
    }
  }

  private String issueMarker() {
    return web.post()
        .uri("/api/directives")
        .header(HttpHeaders.AUTHORIZATION, ISSUER)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(json(r -> r.put("subject", "Đánh dấu " + UUID.randomUUID())))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(DirectiveResponse.class)
        .returnResult()
        .getResponseBody()
        .id();
  }
}
