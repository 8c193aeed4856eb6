package vn.chidao.directive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.directive.support.DemoTokens.TINH_UY_VAN_THU;
import static vn.chidao.directive.support.DemoTokens.TRAN_BIEN_VAN_THU;
import static vn.chidao.directive.support.DemoTokens.bearer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import reactor.core.publisher.Mono;
import vn.chidao.contracts.org.OrgUnitChanged;
import vn.chidao.directive.issue.adapter.in.web.DirectiveResponse;
import vn.chidao.directive.search.application.SearchTextBackfill;
import vn.chidao.directive.search.model.DirectiveSummary;
import vn.chidao.directive.search.model.SearchPage;
import vn.chidao.directive.support.DemoUnits;
import vn.chidao.directive.support.ServiceIT;
import vn.chidao.testsupport.TokenSpec;

/** Search filters (type, issuer, dates, state) and the backfill of the search text. */
class SearchFiltersIT extends ServiceIT {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Autowired private SearchTextBackfill backfill;

  private String marker;

  @BeforeEach
  void freshMarker() {
    marker = "loc" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  @Test
  void type_filters_keep_only_the_directives_of_the_given_types() {
    DirectiveResponse thongTri = issue(TINH_UY_VAN_THU, "TT", "dn-tranbien");
    DirectiveResponse chiThi = issue(TINH_UY_VAN_THU, "CT", "dn-tranbien");
    issue(TINH_UY_VAN_THU, "KH", "dn-tranbien");

    assertThat(ids(TINH_UY_VAN_THU, "q=" + marker + "&type=TT")).containsExactly(thongTri.id());
    assertThat(ids(TINH_UY_VAN_THU, "q=" + marker + "&type=TT,CT"))
        .containsExactlyInAnyOrder(thongTri.id(), chiThi.id());
    assertThat(ids(TINH_UY_VAN_THU, "q=" + marker + "&type=TT&type=CT"))
        .containsExactlyInAnyOrder(thongTri.id(), chiThi.id());
  }

  @Test
  void the_issuer_filter_keeps_one_issuing_unit_among_what_the_caller_sees() {
    DirectiveResponse fromProvince = issue(TINH_UY_VAN_THU, "TT", "dn-tranbien");
    DirectiveResponse fromWard = issue(TRAN_BIEN_VAN_THU, "CV", "dn-tranbien-kp1");

    assertThat(ids(TRAN_BIEN_VAN_THU, "q=" + marker))
        .containsExactlyInAnyOrder(fromProvince.id(), fromWard.id());
    assertThat(ids(TRAN_BIEN_VAN_THU, "q=" + marker + "&issuer=dong-nai"))
        .containsExactly(fromProvince.id());
    assertThat(ids(TRAN_BIEN_VAN_THU, "q=" + marker + "&issuer=dn-tranbien"))
        .containsExactly(fromWard.id());
  }

  @Test
  void dates_are_whole_days_in_vietnam_time_both_ends_included() {
    DirectiveResponse issued = issue(TINH_UY_VAN_THU, "TT", "dn-tranbien");
    LocalDate day = LocalDate.ofInstant(issued.issuedAt(), VIETNAM);

    assertThat(ids(TINH_UY_VAN_THU, "q=" + marker + "&from=" + day + "&to=" + day))
        .containsExactly(issued.id());
    assertThat(ids(TINH_UY_VAN_THU, "q=" + marker + "&from=" + day)).containsExactly(issued.id());
    assertThat(ids(TINH_UY_VAN_THU, "q=" + marker + "&to=" + day)).containsExactly(issued.id());
    assertThat(ids(TINH_UY_VAN_THU, "q=" + marker + "&from=" + day.plusDays(1))).isEmpty();
    assertThat(ids(TINH_UY_VAN_THU, "q=" + marker + "&to=" + day.minusDays(1))).isEmpty();
  }

  @Test
  void the_state_filter_matches_the_directive_state() {
    DirectiveResponse issued = issue(TINH_UY_VAN_THU, "TT", "dn-tranbien");

    assertThat(ids(TINH_UY_VAN_THU, "q=" + marker + "&state=ISSUED")).containsExactly(issued.id());
  }

  @Test
  void filters_alone_without_words_list_a_units_directives() {
    OrgUnitChanged unit = DemoUnits.freshUnit("Đảng ủy xã Lọc " + marker, Instant.now(), "ACTIVE");
    units.apply(unit).block(BROKER_WAIT);
    TokenSpec clerk =
        TokenSpec.of("loc.vanthu", unit.unitId(), unit.path(), "dong-nai", "issuer", "member");
    DirectiveResponse first = issue(clerk, "TB", unit.unitId());
    DirectiveResponse second = issue(clerk, "KH", unit.unitId());

    assertThat(ids(clerk, "issuer=" + unit.unitId())).containsExactly(second.id(), first.id());
    assertThat(ids(clerk, "issuer=" + unit.unitId() + "&type=TB")).containsExactly(first.id());
  }

  @Test
  void a_bad_filter_is_a_vietnamese_problem() {
    for (String query :
        List.of(
            "q=dan&type=XX",
            "q=dan&type=qđ",
            "q=dan&state=LOST",
            "q=dan&from=2026-13-01",
            "q=dan&to=15/12/2026",
            "q=dan&from=2026-06-02&to=2026-06-01",
            "q=dan&issuer=" + "x".repeat(101))) {
      web.get()
          .uri("/api/directives?" + query)
          .header(HttpHeaders.AUTHORIZATION, bearer(TINH_UY_VAN_THU))
          .exchange()
          .expectStatus()
          .isEqualTo(HttpStatus.BAD_REQUEST)
          .expectHeader()
          .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.type")
          .isEqualTo("https://chidao.vn/problems/invalid-search");
    }
  }

  @Test
  void
      directives_stored_before_search_existed_are_found_once_backfilled_and_a_rerun_changes_nothing() {
    String id = "truoc-tim-kiem-" + marker;
    Document old =
        new Document("_id", id)
            .append("tenant", "dong-nai")
            .append("docType", "TT")
            .append("subject", "Về công tác Dân vận " + marker)
            .append("body", "Định kỳ 6 tháng báo cáo.")
            .append("urgency", "NORMAL")
            .append("issuerUnitId", "dong-nai")
            .append("issuerUnitName", "Tỉnh ủy Đồng Nai")
            .append("recipientUnitIds", List.of("dn-tranbien"))
            .append("recipientTenants", List.of("dong-nai"))
            .append("issuedBy", "tinhuy.vanthu")
            .append("issuedAt", Date.from(Instant.parse("2024-03-01T03:00:00Z")))
            .append("status", "ISSUED")
            .append("issuedEventId", UUID.randomUUID().toString());
    mongo
        .getCollection("directives")
        .flatMap(directives -> Mono.from(directives.insertOne(old)))
        .block(BROKER_WAIT);
    assertThat(ids(TINH_UY_VAN_THU, "q=dan van " + marker)).isEmpty();

    assertThat(backfill.run().block(BROKER_WAIT)).isGreaterThanOrEqualTo(1L);
    assertThat(ids(TINH_UY_VAN_THU, "q=dan van " + marker)).containsExactly(id);
    assertThat(ids(TRAN_BIEN_VAN_THU, "q=dan van " + marker + "&from=2024-03-01&to=2024-03-01"))
        .containsExactly(id);

    assertThat(backfill.run().block(BROKER_WAIT)).isZero();
  }

  private DirectiveResponse issue(TokenSpec issuer, String docType, String recipient) {
    return web.post()
        .uri("/api/directives")
        .header(HttpHeaders.AUTHORIZATION, bearer(issuer))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(
            Map.of(
                "docType",
                docType,
                "subject",
                "Văn bản thử bộ lọc " + marker,
                "recipientUnitIds",
                List.of(recipient)))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(DirectiveResponse.class)
        .returnResult()
        .getResponseBody();
  }

  private List<String> ids(TokenSpec caller, String query) {
    SearchPage page =
        web.get()
            .uri("/api/directives?" + query)
            .header(HttpHeaders.AUTHORIZATION, bearer(caller))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(SearchPage.class)
            .returnResult()
            .getResponseBody();
    return page.items().stream().map(DirectiveSummary::id).toList();
  }
}
