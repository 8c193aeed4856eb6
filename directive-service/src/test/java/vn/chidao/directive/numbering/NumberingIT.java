package vn.chidao.directive.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import vn.chidao.contracts.org.OrgUnitChanged;
import vn.chidao.directive.issue.adapter.in.web.DirectiveResponse;
import vn.chidao.directive.support.DemoTokens;
import vn.chidao.directive.support.ServiceIT;
import vn.chidao.testsupport.TokenSpec;

/** Numbers allocated when issuing, through the API, against the MongoDB wire protocol. */
class NumberingIT extends ServiceIT {

  private static final int ISSUES = 200;
  private static final int CONCURRENCY = 16;

  /** A unit of its own under Đồng Nai, so that its sequences start empty in every run. */
  private TokenSpec freshIssuer(String kind, String abbr) {
    String id = "it-" + UUID.randomUUID();
    units
        .apply(
            new OrgUnitChanged(
                UUID.randomUUID().toString(),
                Instant.now(),
                "dong-nai",
                id,
                "dong-nai",
                "/tw/dong-nai/" + id + "/",
                kind,
                "Đơn vị thử " + id,
                abbr,
                "ACTIVE"))
        .block(BROKER_WAIT);
    return TokenSpec.of(
        "vanthu." + id, id, "/tw/dong-nai/" + id + "/", "dong-nai", "issuer", "member");
  }

  private DirectiveResponse issue(TokenSpec issuer, String docType, String secrecy) {
    return web.post()
        .uri("/api/directives")
        .header(HttpHeaders.AUTHORIZATION, DemoTokens.bearer(issuer))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(
            Map.of(
                "docType",
                docType,
                "subject",
                "Về việc thử cấp số văn bản",
                "secrecy",
                secrecy,
                "place",
                "Biên Hòa",
                "recipientUnitIds",
                List.of(issuer.unitId())))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(DirectiveResponse.class)
        .returnResult()
        .getResponseBody();
  }

  @Test
  void many_concurrent_issues_get_contiguous_numbers_each_held_once() {
    TokenSpec issuer = freshIssuer("COMMUNE_COMMITTEE", "ĐU");

    List<DirectiveResponse> issued =
        Flux.range(0, ISSUES)
            .flatMap(
                i ->
                    Mono.fromCallable(() -> issue(issuer, "CV", "NONE"))
                        .subscribeOn(Schedulers.boundedElastic()),
                CONCURRENCY)
            .collectList()
            .block();

    assertThat(issued.stream().map(DirectiveResponse::number).sorted())
        .containsExactlyElementsOf(IntStream.rangeClosed(1, ISSUES).boxed().toList());
    assertThat(issued.stream().map(DirectiveResponse::symbol))
        .doesNotHaveDuplicates()
        .allMatch(symbol -> symbol.matches("\\d{2,3}-CV/ĐU"))
        .contains("01-CV/ĐU", "200-CV/ĐU");
    long stored =
        mongo.count(query(where("issuerUnitId").is(issuer.unitId())), "directives").block();
    assertThat(stored).isEqualTo(ISSUES);
  }

  @Test
  void another_type_and_another_issuer_count_from_one() {
    TokenSpec ward = freshIssuer("COMMUNE_COMMITTEE", "ĐU");
    TokenSpec other = freshIssuer("GRASSROOTS_COMMITTEE", "ĐU");

    assertThat(issue(ward, "CV", "NONE").symbol()).isEqualTo("01-CV/ĐU");
    assertThat(issue(ward, "CV", "NONE").symbol()).isEqualTo("02-CV/ĐU");
    assertThat(issue(ward, "KH", "NONE").symbol()).isEqualTo("01-KH/ĐU");
    assertThat(issue(ward, "CV", "MAT").symbol())
        .as("a secret Party document shares its type's sequence")
        .isEqualTo("03-CV/ĐU");
    assertThat(issue(other, "CV", "NONE").symbol()).isEqualTo("01-CV/ĐU");
  }

  @Test
  void a_state_body_numbers_all_types_together_and_secret_documents_apart() {
    TokenSpec ubnd = freshIssuer("STATE_BODY", "UBND");

    DirectiveResponse first = issue(ubnd, "QĐ", "NONE");
    assertThat(first.symbol()).isEqualTo("01/QĐ-UBND");
    assertThat(issue(ubnd, "CV", "NONE").symbol()).isEqualTo("02/CV-UBND");
    assertThat(issue(ubnd, "CV", "TOI_MAT").symbol()).isEqualTo("01/CV-UBND");

    LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    assertThat(first.placeAndDate())
        .startsWith("Biên Hòa, ngày ")
        .endsWith(" năm " + today.getYear())
        .matches("Biên Hòa, ngày \\d{2} tháng \\d{1,2} năm \\d{4}");
  }

  @Test
  void a_counter_set_back_cannot_hand_out_a_number_that_is_held() {
    TokenSpec ward = freshIssuer("COMMUNE_COMMITTEE", "ĐU");
    issue(ward, "TB", "NONE");
    issue(ward, "TB", "NONE");
    issue(ward, "TB", "NONE");

    mongo
        .updateFirst(
            query(where("_id").is("PARTY|" + ward.unitId() + "|TB|2025-2030")),
            new Update().set("last", 0),
            Document.class,
            "number_sequences")
        .block();

    assertThat(issue(ward, "TB", "NONE").symbol()).isEqualTo("04-TB/ĐU");
  }
}
