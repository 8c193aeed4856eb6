package vn.chidao.directive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.directive.support.DemoTokens.KP1_BI_THU;
import static vn.chidao.directive.support.DemoTokens.KP1_CB1_BI_THU;
import static vn.chidao.directive.support.DemoTokens.QUANG_NGAI_VAN_THU;
import static vn.chidao.directive.support.DemoTokens.TINH_UY_VAN_THU;
import static vn.chidao.directive.support.DemoTokens.TRAN_BIEN_VAN_THU;
import static vn.chidao.directive.support.DemoTokens.TRUNG_UONG_QUAN_TRI;
import static vn.chidao.directive.support.DemoTokens.XUAN_LOC_VAN_THU;
import static vn.chidao.directive.support.DemoTokens.bearer;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import vn.chidao.directive.issue.adapter.in.web.DirectiveResponse;
import vn.chidao.directive.search.model.DirectiveSummary;
import vn.chidao.directive.search.model.SearchPage;
import vn.chidao.directive.support.ServiceIT;
import vn.chidao.testsupport.TokenSpec;

/**
 * Search through the API. Every test marks its directives with a fresh word, so that directives of
 * other tests in the same database never show up in its results.
 */
class SearchDirectivesIT extends ServiceIT {

  private String marker;

  @BeforeEach
  void freshMarker() {
    marker = "moc" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  @Test
  void words_typed_without_diacritics_in_any_case_or_normal_form_find_the_directive() {
    DirectiveResponse issued =
        issue(
            TINH_UY_VAN_THU,
            "TT",
            "Về việc tăng cường công tác Dân vận " + marker,
            "Các cấp ủy báo cáo định kỳ.",
            "dn-tranbien");

    String nfd = Normalizer.normalize("Dân Vận " + marker, Normalizer.Form.NFD);
    for (String q :
        List.of("dan van " + marker, "DÂN VẬN " + marker, "dân vận " + marker.toUpperCase(), nfd)) {
      SearchPage found = search(TINH_UY_VAN_THU, q, 0, 20);
      assertThat(found.total()).as(q).isEqualTo(1);
      assertThat(found.items()).as(q).hasSize(1);
    }

    DirectiveSummary hit = search(TINH_UY_VAN_THU, "dan van " + marker, 0, 20).items().get(0);
    assertThat(hit.id()).isEqualTo(issued.id());
    assertThat(hit.symbol()).isEqualTo(issued.symbol());
    assertThat(hit.docType()).isEqualTo("TT");
    assertThat(hit.subject()).isEqualTo(issued.subject());
    assertThat(hit.issuerUnitName()).isEqualTo("Tỉnh ủy Đồng Nai");
    assertThat(hit.issuedAt()).isEqualTo(issued.issuedAt());
    assertThat(hit.urgency()).isEqualTo("HOA_TOC");
  }

  @Test
  void words_of_the_body_count_and_every_word_must_occur() {
    issue(
        TINH_UY_VAN_THU,
        "CT",
        "Chỉ thị " + marker,
        "Đảng ủy các xã, phường chủ động phòng, chống thiên tai.",
        "dn-tranbien");

    assertThat(search(TINH_UY_VAN_THU, "dang uy thien tai " + marker, 0, 20).total()).isEqualTo(1);
    assertThat(search(TINH_UY_VAN_THU, "thien tai bao lut " + marker, 0, 20).total()).isZero();
  }

  @Test
  void a_symbol_is_found_without_its_diacritics_and_by_a_part_of_it() {
    DirectiveResponse issued =
        issue(TRAN_BIEN_VAN_THU, "CV", "Công văn " + marker, "", "dn-tranbien-kp1");
    assertThat(issued.symbol()).matches("\\d{2,}-CV/ĐU");

    String folded = issued.symbol().replace("Đ", "d").toLowerCase();
    for (String q : List.of(issued.symbol(), folded, "cv/du")) {
      SearchPage found = search(TRAN_BIEN_VAN_THU, q + " " + marker, 0, 20);
      assertThat(found.items()).as(q).extracting(DirectiveSummary::id).containsExactly(issued.id());
    }
  }

  @Test
  void only_the_issuer_the_recipients_and_the_centre_find_a_directive() {
    DirectiveResponse issued =
        issue(TINH_UY_VAN_THU, "TT", "Về công tác dân vận " + marker, "", "dn-tranbien");
    String q = "dan van " + marker;

    for (TokenSpec reader :
        new TokenSpec[] {TINH_UY_VAN_THU, TRAN_BIEN_VAN_THU, TRUNG_UONG_QUAN_TRI}) {
      assertThat(search(reader, q, 0, 20).items())
          .as(reader.username())
          .extracting(DirectiveSummary::id)
          .containsExactly(issued.id());
    }
    TokenSpec recipientUnitInOtherProvince =
        TokenSpec.of(
            "gia.mao",
            "dn-tranbien",
            "/tw/quang-ngai/dn-tranbien/",
            "quang-ngai",
            "issuer",
            "member");
    for (TokenSpec outsider :
        new TokenSpec[] {XUAN_LOC_VAN_THU, QUANG_NGAI_VAN_THU, recipientUnitInOtherProvince}) {
      SearchPage found = search(outsider, q, 0, 20);
      assertThat(found.items()).as(outsider.username()).isEmpty();
      assertThat(found.total()).as(outsider.username()).isZero();
    }
  }

  @Test
  void results_come_newest_first_in_pages_with_the_total() {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      ids.add(
          issue(TINH_UY_VAN_THU, "KH", "Kế hoạch số " + i + " " + marker, "", "dn-tranbien").id());
    }
    // Directives of the Tỉnh ủy to another unit, which Trấn Biên must not count.
    issue(TINH_UY_VAN_THU, "KH", "Kế hoạch riêng " + marker, "", "dn-xuanloc");

    List<DirectiveSummary> seen = new ArrayList<>();
    for (int page = 0; page < 3; page++) {
      SearchPage found = search(TRAN_BIEN_VAN_THU, "ke hoach " + marker, page, 2);
      assertThat(found.page()).isEqualTo(page);
      assertThat(found.size()).isEqualTo(2);
      assertThat(found.total()).isEqualTo(5);
      assertThat(found.items()).hasSize(page < 2 ? 2 : 1);
      seen.addAll(found.items());
    }
    assertThat(seen).extracting(DirectiveSummary::id).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(seen)
        .extracting(DirectiveSummary::issuedAt)
        .isSortedAccordingTo(Comparator.<Instant>reverseOrder());
    assertThat(search(TRAN_BIEN_VAN_THU, "ke hoach " + marker, 3, 2).items()).isEmpty();
  }

  @Test
  void a_missing_or_overlong_query_or_a_bad_page_is_a_vietnamese_problem() {
    for (String uri :
        List.of(
            "/api/directives",
            "/api/directives?q=",
            "/api/directives?q=" + "a".repeat(201),
            "/api/directives?q=dan&size=1000",
            "/api/directives?q=dan&page=abc")) {
      web.get()
          .uri(uri)
          .header(HttpHeaders.AUTHORIZATION, bearer(TINH_UY_VAN_THU))
          .exchange()
          .expectStatus()
          .isEqualTo(HttpStatus.BAD_REQUEST)
          .expectHeader()
          .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.type")
          .isEqualTo("https://chidao.vn/problems/invalid-search")
          .jsonPath("$.title")
          .isEqualTo("Yêu cầu không hợp lệ");
    }
  }

  @Test
  void searching_needs_a_token() {
    web.get()
        .uri("/api/directives?q=dan")
        .exchange()
        .expectStatus()
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void a_unit_reached_through_a_subtree_line_finds_the_directive_and_its_neighbour_does_not() {
    DirectiveResponse created =
        issue(
            TINH_UY_VAN_THU,
            Map.of(
                "docType",
                "CT",
                "subject",
                "Chỉ thị về dân vận khéo " + marker,
                "recipients",
                List.of(Map.of("unitId", "dn-tranbien", "scope", "SUBTREE"))));
    awaitDelivered(created.id());
    String q = "dan van kheo " + marker;

    // kp1 and its cell are below the addressed ward; they are not named in the list itself.
    for (TokenSpec reached : new TokenSpec[] {KP1_BI_THU, KP1_CB1_BI_THU}) {
      assertThat(search(reached, q, 0, 20).items())
          .as(reached.username())
          .extracting(DirectiveSummary::id)
          .containsExactly(created.id());
    }
    assertThat(search(XUAN_LOC_VAN_THU, q, 0, 20).items()).isEmpty();
  }

  private DirectiveResponse issue(
      TokenSpec issuer, String docType, String subject, String body, String recipient) {
    return web.post()
        .uri("/api/directives")
        .header(HttpHeaders.AUTHORIZATION, bearer(issuer))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(
            Map.of(
                "docType", docType,
                "subject", subject,
                "body", body,
                "urgency", "HOA_TOC",
                "recipientUnitIds", List.of(recipient)))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(DirectiveResponse.class)
        .returnResult()
        .getResponseBody();
  }

  private SearchPage search(TokenSpec caller, String q, int page, int size) {
    return web.get()
        .uri(
            builder ->
                builder
                    .path("/api/directives")
                    .queryParam("q", "{q}")
                    .queryParam("page", page)
                    .queryParam("size", size)
                    .build(q))
        .header(HttpHeaders.AUTHORIZATION, bearer(caller))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(SearchPage.class)
        .returnResult()
        .getResponseBody();
  }
}
