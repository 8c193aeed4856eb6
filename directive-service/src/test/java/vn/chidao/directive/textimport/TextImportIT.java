package vn.chidao.directive.textimport;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.directive.support.DemoTokens.TINH_UY_QUAN_TRI;
import static vn.chidao.directive.support.DemoTokens.TINH_UY_VAN_THU;
import static vn.chidao.directive.support.DemoTokens.bearer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.chidao.directive.support.ServiceIT;

/** {@code POST /api/directives/import}: a proposal in JSON, nothing stored. */
class TextImportIT extends ServiceIT {

  private static String sample(String name) throws IOException {
    try (InputStream in = TextImportIT.class.getResourceAsStream("/samples/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void the_sample_report_comes_back_as_fields_with_spans_and_nothing_is_stored() throws Exception {
    long directives =
        mongo
            .getCollection("directives")
            .flatMap(c -> reactor.core.publisher.Mono.from(c.countDocuments()))
            .block(BROKER_WAIT);

    post(TINH_UY_VAN_THU, sample("bao-cao-111-BC-TU.txt").replace("\n", "\r\n"))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.text")
        .value(text -> assertThat((String) text).doesNotContain("\r"))
        .jsonPath("$.fields[0].field")
        .isEqualTo("number")
        .jsonPath("$.fields[0].status")
        .isEqualTo("PRESENT")
        .jsonPath("$.fields[0].value.symbol")
        .isEqualTo("111-BC/TU")
        .jsonPath("$.fields[0].source.excerpt")
        .isEqualTo("Số 111-BC/TU")
        .jsonPath("$.fields[2].value.date")
        .isEqualTo("2016-11-18")
        .jsonPath("$.fields[?(@.field == 'reporting')].status")
        .isEqualTo("ABSENT")
        .jsonPath("$.fields[?(@.field == 'signer')].value.name")
        .isEqualTo("Y Mửi");

    post(TINH_UY_VAN_THU, sample("thong-tri-dan-van.txt"))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.fields[?(@.field == 'number')].status")
        .isEqualTo("ABSENT")
        .jsonPath("$.fields[?(@.field == 'reporting')].value[0].frequencies")
        .isEqualTo(java.util.List.of(java.util.List.of("SIX_MONTH", "ANNUAL")));

    long after =
        mongo
            .getCollection("directives")
            .flatMap(c -> reactor.core.publisher.Mono.from(c.countDocuments()))
            .block(BROKER_WAIT);
    assertThat(after).isEqualTo(directives);
  }

  @Test
  void an_empty_text_a_wrong_content_type_or_a_caller_who_cannot_issue_is_refused() {
    post(TINH_UY_VAN_THU, "  \n ")
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/import-text-empty");
    web.post()
        .uri("/api/directives/import")
        .header(HttpHeaders.AUTHORIZATION, bearer(TINH_UY_VAN_THU))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"text\":\"x\"}")
        .exchange()
        .expectStatus()
        .isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    post(TINH_UY_QUAN_TRI, "THÔNG TRI").expectStatus().isForbidden();
    post(TINH_UY_VAN_THU, "a".repeat(300_000))
        .expectStatus()
        .isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
  }

  private WebTestClient.ResponseSpec post(vn.chidao.testsupport.TokenSpec caller, String text) {
    return web.post()
        .uri("/api/directives/import")
        .header(HttpHeaders.AUTHORIZATION, bearer(caller))
        .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
        .bodyValue(text)
        .exchange();
  }
}
