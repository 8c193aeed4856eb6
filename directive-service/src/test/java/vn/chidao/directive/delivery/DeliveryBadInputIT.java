package vn.chidao.directive.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.directive.support.DemoTokens.TINH_UY_VAN_THU;
import static vn.chidao.directive.support.DemoTokens.TRAN_BIEN_VAN_THU;
import static vn.chidao.directive.support.DemoTokens.bearer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import vn.chidao.contracts.Destinations;
import vn.chidao.contracts.directive.DirectiveDelivered;
import vn.chidao.directive.delivery.adapter.out.mongo.DeliveryCollections;
import vn.chidao.directive.issue.adapter.in.web.DirectiveResponse;
import vn.chidao.directive.issue.adapter.out.mongo.DirectiveDocument;
import vn.chidao.directive.support.EventTap;
import vn.chidao.directive.support.ServiceIT;
import vn.chidao.testsupport.TokenSpec;

/**
 * Bad distribution lists, citations, numbers and injected operators: each is a 4xx problem, and
 * nothing is stored (no directive, no delivery row, no receipt counter) and nothing delivered.
 * "Nothing delivered" is checked without waiting for silence: after the bad request a valid
 * directive is issued, and no DirectiveDelivered may arrive before its own about a directive that
 * did not exist before the bad request.
 */
class DeliveryBadInputIT extends ServiceIT {

  record Bad(String name, TokenSpec caller, String body, int status, String type) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Bad> badRequests() {
    String head = "{\"docType\":\"CV\",\"subject\":\"Về việc kiểm tra\",";
    return List.of(
        new Bad(
            "đơn vị nhận không tồn tại",
            TINH_UY_VAN_THU,
            head + "\"recipients\":[{\"unitId\":\"khong-co-don-vi\",\"scope\":\"SUBTREE\"}]}",
            422,
            "recipients-unknown"),
        new Bad(
            "gửi ngoài cây đơn vị của mình",
            TRAN_BIEN_VAN_THU,
            head + "\"recipients\":[{\"unitId\":\"dn-xuanloc\",\"scope\":\"SUBTREE\"}]}",
            403,
            "recipients-outside-subtree"),
        new Bad(
            "gửi cả cây của cấp trên",
            TRAN_BIEN_VAN_THU,
            head
                + "\"recipients\":[{\"unitId\":\"dong-nai\",\"scope\":\"SUBTREE\","
                + "\"purpose\":\"REPORT_TO\"}]}",
            403,
            "recipients-outside-subtree"),
        new Bad(
            "không có đơn vị nào thuộc loại yêu cầu",
            TINH_UY_VAN_THU,
            head
                + "\"recipients\":[{\"unitId\":\"dn-xuanloc\",\"scope\":\"SUBTREE\","
                + "\"kinds\":[\"STATE_BODY\"]}]}",
            422,
            "audience-empty"),
        new Bad(
            "trích dẫn văn bản không tồn tại",
            TINH_UY_VAN_THU,
            head
                + "\"recipientUnitIds\":[\"dn-tranbien\"],"
                + "\"implements\":[{\"directiveId\":\"khong-co-van-ban\"}]}",
            422,
            "implements-unknown"),
        new Bad(
            "đơn vị nhận báo cáo không tồn tại",
            TINH_UY_VAN_THU,
            head
                + "\"recipientUnitIds\":[\"dn-tranbien\"],\"reporting\":[{\"requirementId\":\"bc\","
                + "\"title\":\"Báo cáo\",\"frequency\":\"ANNUAL\",\"due\":{\"kind\":\"FIXED_DAY\","
                + "\"day\":15},\"reportToUnitId\":\"khong-co\"}]}",
            422,
            "reporting-unit-unknown"),
        new Bad(
            "hạn nộp thiếu ngày",
            TINH_UY_VAN_THU,
            head
                + "\"recipientUnitIds\":[\"dn-tranbien\"],\"reporting\":[{\"requirementId\":\"bc\","
                + "\"title\":\"Báo cáo\",\"frequency\":\"ANNUAL\",\"due\":{\"kind\":\"FIXED_DAY\"}}]}",
            400,
            "validation"),
        new Bad(
            "toán tử $ thay cho trích yếu",
            TINH_UY_VAN_THU,
            "{\"docType\":\"CV\",\"subject\":{\"$gt\":\"\"},\"recipientUnitIds\":[\"dn-tranbien\"]}",
            400,
            "unreadable-request"),
        new Bad(
            "toán tử $ thay cho mã đơn vị",
            TINH_UY_VAN_THU,
            head + "\"recipients\":[{\"unitId\":{\"$ne\":null},\"scope\":\"SUBTREE\"}]}",
            400,
            "unreadable-request"),
        new Bad(
            "mã đơn vị bắt đầu bằng $",
            TINH_UY_VAN_THU,
            head + "\"recipients\":[{\"unitId\":\"$where\",\"scope\":\"SUBTREE\"}]}",
            400,
            "validation"),
        new Bad(
            "toán tử $ thay cho văn bản trích dẫn",
            TINH_UY_VAN_THU,
            head
                + "\"recipientUnitIds\":[\"dn-tranbien\"],"
                + "\"implements\":[{\"directiveId\":{\"$exists\":true}}]}",
            400,
            "unreadable-request"),
        new Bad(
            "loại đơn vị chứa $",
            TINH_UY_VAN_THU,
            head
                + "\"recipients\":[{\"unitId\":\"dong-nai\",\"scope\":\"SUBTREE\","
                + "\"kinds\":[\"$PARTY_CELL\"]}]}",
            400,
            "validation"));
  }

  private EventTap delivered;

  @BeforeEach
  void listen() throws Exception {
    delivered = EventTap.listen(Destinations.DIRECTIVE_DELIVERED);
  }

  @AfterEach
  void stopListening() throws Exception {
    delivered.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRequests")
  void a_bad_request_stores_nothing_and_delivers_nothing(Bad bad) throws Exception {
    Set<String> existing = directiveIds();
    long directives = count(DirectiveDocument.COLLECTION);
    long counters = count(DeliveryCollections.COUNTS);
    long rows = count(DeliveryCollections.DELIVERIES);

    web.post()
        .uri("/api/directives")
        .header(HttpHeaders.AUTHORIZATION, bearer(bad.caller()))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(bad.body())
        .exchange()
        .expectStatus()
        .isEqualTo(bad.status())
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/" + bad.type())
        .jsonPath("$.detail")
        .isNotEmpty();

    assertThat(count(DirectiveDocument.COLLECTION)).isEqualTo(directives);
    assertThat(count(DeliveryCollections.COUNTS)).isEqualTo(counters);
    assertThat(count(DeliveryCollections.DELIVERIES)).isEqualTo(rows);
    expectNothingDeliveredBeforeAValidDirective(existing);
  }

  @Test
  void a_number_already_held_in_the_issuer_s_register_is_refused_as_a_duplicate_symbol()
      throws Exception {
    Map<String, Object> paper = new HashMap<>();
    paper.put("docType", "BC");
    paper.put("subject", "Báo cáo đã ban hành trên giấy");
    paper.put("recipientUnitIds", List.of("dn-tranbien"));
    paper.put("number", 4000 + (int) (System.nanoTime() % 5000));
    DirectiveResponse registered = issue(TINH_UY_VAN_THU, paper);
    assertThat(registered.number()).isEqualTo(paper.get("number"));
    awaitDelivered(registered.id());
    long directives = count(DirectiveDocument.COLLECTION);
    long rows = count(DeliveryCollections.DELIVERIES);
    Set<String> existing = directiveIds();

    web.post()
        .uri("/api/directives")
        .header(HttpHeaders.AUTHORIZATION, bearer(TINH_UY_VAN_THU))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(paper)
        .exchange()
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/duplicate-symbol")
        .jsonPath("$.detail")
        .value(detail -> assertThat((String) detail).contains(registered.symbol()));

    assertThat(count(DirectiveDocument.COLLECTION)).isEqualTo(directives);
    assertThat(count(DeliveryCollections.DELIVERIES)).isEqualTo(rows);
    expectNothingDeliveredBeforeAValidDirective(existing);
  }

  private Set<String> directiveIds() {
    return new HashSet<>(
        mongo
            .findAll(Document.class, DirectiveDocument.COLLECTION)
            .map(doc -> doc.getString("_id"))
            .collectList()
            .block());
  }

  /** Every DirectiveDelivered before the valid one's is about a directive that existed before. */
  private void expectNothingDeliveredBeforeAValidDirective(Set<String> existing) throws Exception {
    DirectiveResponse valid =
        issue(
            TINH_UY_VAN_THU,
            Map.of(
                "docType", "CV",
                "subject", "Văn bản hợp lệ đánh dấu thời điểm",
                "recipientUnitIds", List.of("dn-xuanloc")));
    List<DirectiveDelivered> seen =
        eventsOf(
            delivered,
            DirectiveDelivered.class,
            e -> true,
            events -> events.stream().anyMatch(e -> e.directiveId().equals(valid.id())));
    assertThat(seen)
        .filteredOn(e -> !e.directiveId().equals(valid.id()))
        .allSatisfy(e -> assertThat(existing).contains(e.directiveId()));
    awaitDelivered(valid.id());
  }

  private long count(String collection) {
    return mongo
        .getCollection(collection)
        .flatMap(c -> reactor.core.publisher.Mono.from(c.countDocuments()))
        .block();
  }
}
