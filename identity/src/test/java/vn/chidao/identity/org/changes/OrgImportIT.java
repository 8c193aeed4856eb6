package vn.chidao.identity.org.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.chidao.identity.org.application.HistoryStore;
import vn.chidao.testsupport.LocalJwtIssuer;
import vn.chidao.testsupport.TokenSpec;

/**
 * Bulk import over HTTP: a province's file is checked as a whole, applied as one change set by a
 * job the caller polls, and importing it again changes nothing; bad files are refused line by line
 * and leave the tree as it was.
 */
class OrgImportIT extends OrgChangesIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final MediaType CSV = MediaType.parseMediaType("text/csv");

  @Autowired HistoryStore history;

  @Test
  void a_province_admin_imports_a_csv_polls_the_job_and_importing_it_again_changes_nothing() {
    String ward = freshId("imp-p");
    String csv =
        "code,parent,kind,name,issuer_abbr\n"
            + ward
            + ",dong-nai,COMMUNE_COMMITTEE,\"Đảng ủy phường Tam Hiệp, Biên Hòa\",ĐU\n"
            + ward
            + "-kp1,"
            + ward
            + ",GRASSROOTS_COMMITTEE,Đảng bộ Khu phố 1,ĐU\n"
            + ward
            + "-kp1-cb1,"
            + ward
            + "-kp1,PARTY_CELL,Chi bộ Tổ dân phố 1,CB\n"
            + ward
            + "-kp1-cb2,"
            + ward
            + "-kp1,PARTY_CELL,Chi bộ Tổ dân phố 2,CB\n";

    JsonNode accepted = upload(csv.getBytes(StandardCharsets.UTF_8), CSV, PROVINCE_ADMIN, 202);
    assertThat(accepted.path("created").asInt()).isEqualTo(4);
    JsonNode done = awaitDone(accepted.path("id").asString(), PROVINCE_ADMIN);
    assertThat(done.path("processed").asLong()).isEqualTo(done.path("total").asLong()).isEqualTo(4);

    get("/api/org/units/" + ward + "-kp1-cb2", PROVINCE_ADMIN)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.path")
        .isEqualTo("/tw/dong-nai/" + ward + "/" + ward + "-kp1/" + ward + "-kp1-cb2/")
        .jsonPath("$.tenant")
        .isEqualTo("dong-nai");
    get("/api/org/units/" + ward, PROVINCE_ADMIN)
        .exchange()
        .expectBody()
        .jsonPath("$.name")
        .isEqualTo("Đảng ủy phường Tam Hiệp, Biên Hòa");

    JsonNode again = upload(csv.getBytes(StandardCharsets.UTF_8), CSV, PROVINCE_ADMIN, 202);
    assertThat(again.path("state").asString()).isEqualTo("DONE");
    assertThat(again.path("total").asLong()).isZero();
    assertThat(again.path("created").asInt()).isZero();
    assertThat(again.path("changed").asInt()).isZero();
    assertThat(again.path("unchanged").asInt()).isEqualTo(4);
    assertThat(history.versions(ward + "-kp1-cb1").collectList().block()).hasSize(1);
  }

  @Test
  void a_json_file_renames_and_re_parents_existing_units_with_their_subtrees() {
    String cell = found("imp-j", "qn-nghiahanh");
    String below = found("imp-j-below", cell);
    String grassroots = freshId("imp-j-g");
    String json =
        "{\"units\": [\n"
            + " {\"code\": \""
            + grassroots
            + "\", \"parent\": \"qn-nghiahanh\","
            + " \"kind\": \"GRASSROOTS_COMMITTEE\", \"name\": \"Đảng bộ Thôn An Ba\"},\n"
            + " {\"code\": \""
            + cell
            + "\", \"parent\": \""
            + grassroots
            + "\","
            + " \"kind\": \"PARTY_CELL\", \"name\": \"Chi bộ Thôn An Ba 1\", \"issuerAbbr\": \"CB\"}\n"
            + "]}";

    JsonNode accepted =
        upload(
            json.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON, CENTRAL_ADMIN, 202);
    assertThat(accepted.path("created").asInt()).isEqualTo(1);
    assertThat(accepted.path("changed").asInt()).isEqualTo(2);
    awaitDone(accepted.path("id").asString(), CENTRAL_ADMIN);

    assertThat(history.current(below).block().path())
        .isEqualTo("/tw/quang-ngai/qn-nghiahanh/" + grassroots + "/" + cell + "/" + below + "/");
    assertThat(history.current(cell).block().name()).isEqualTo("Chi bộ Thôn An Ba 1");
    // The job is the centre's and Quảng Ngãi's; Đồng Nai's admin is told it does not exist.
    get("/api/org/imports/" + accepted.path("id").asString(), PROVINCE_ADMIN)
        .exchange()
        .expectStatus()
        .isNotFound();
  }

  @Test
  void a_file_with_bad_lines_is_refused_with_every_line_and_nothing_of_it_is_applied() {
    String good = freshId("imp-bad");
    String csv =
        "code,parent,kind,name,issuer_abbr\n"
            + good
            + ",dong-nai,COMMUNE_COMMITTEE,Đảng ủy phường Hố Nai,ĐU\n"
            + good
            + ",dong-nai,COMMUNE_COMMITTEE,Trùng mã,ĐU\n"
            + good
            + "-a,khong-ton-tai,PARTY_CELL,Chi bộ A,CB\n"
            + good
            + "-b,"
            + good
            + "-c,PARTY_CELL,Chi bộ B,CB\n"
            + good
            + "-c,"
            + good
            + "-b,PARTY_CELL,Chi bộ C,CB\n"
            + good
            + "-d,"
            + good
            + ",CHI_BO_MOI,Chi bộ D,CB\n"
            + good
            + "-e,qn-nghiahanh,PARTY_CELL,Chi bộ tỉnh khác,CB\n";

    web.post()
        .uri("/api/org/imports")
        .headers(h -> h.setBearerAuth(LocalJwtIssuer.shared().token(PROVINCE_ADMIN)))
        .contentType(CSV)
        .bodyValue(csv.getBytes(StandardCharsets.UTF_8))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/import-invalid")
        .jsonPath("$.errorCount")
        .isEqualTo(6)
        .jsonPath("$.errors[*].line")
        .isEqualTo(List.of(3, 4, 5, 6, 7, 8))
        .jsonPath("$.errors[1].message")
        .value(message -> assertThat((String) message).contains("khong-ton-tai"));

    get("/api/org/units/" + good, PROVINCE_ADMIN).exchange().expectStatus().isNotFound();
  }

  @Test
  void garbage_wrong_encoding_and_oversized_files_are_clear_problems_and_change_nothing() {
    byte[] garbage = new byte[10 * 1024 * 1024];
    new Random(3).nextBytes(garbage);
    web.mutate()
        .responseTimeout(Duration.ofMinutes(1))
        .build()
        .post()
        .uri("/api/org/imports")
        .headers(h -> h.setBearerAuth(LocalJwtIssuer.shared().token(PROVINCE_ADMIN)))
        .contentType(CSV)
        .bodyValue(garbage)
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors.length()")
        .isEqualTo(1)
        .jsonPath("$.errors[0].message")
        .value(message -> assertThat((String) message).contains("UTF-8"));

    String id = freshId("imp-enc");
    byte[] windows1258 =
        ("code,parent,kind,name\n" + id + ",dong-nai,PARTY_CELL,Chi b\u00f4\n")
            .getBytes(java.nio.charset.Charset.forName("windows-1252"));
    upload(windows1258, CSV, PROVINCE_ADMIN, 400);
    get("/api/org/units/" + id, PROVINCE_ADMIN).exchange().expectStatus().isNotFound();

    web.mutate()
        .responseTimeout(Duration.ofMinutes(1))
        .build()
        .post()
        .uri("/api/org/imports")
        .headers(h -> h.setBearerAuth(LocalJwtIssuer.shared().token(PROVINCE_ADMIN)))
        .contentType(CSV)
        .bodyValue(new byte[13 * 1024 * 1024])
        .exchange()
        .expectStatus()
        .isEqualTo(413)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/import-too-large");

    web.post()
        .uri("/api/org/imports")
        .headers(h -> h.setBearerAuth(LocalJwtIssuer.shared().token(PROVINCE_ADMIN)))
        .contentType(MediaType.APPLICATION_XML)
        .bodyValue("<units/>")
        .exchange()
        .expectStatus()
        .isEqualTo(415);
  }

  @Test
  void only_the_centre_and_a_province_admin_for_their_own_province_may_import() {
    byte[] csv =
        ("code,parent,kind,name\n" + freshId("imp-acl") + ",dong-nai,PARTY_CELL,Chi bộ\n")
            .getBytes(StandardCharsets.UTF_8);
    web.post()
        .uri("/api/org/imports?province=quang-ngai")
        .headers(h -> h.setBearerAuth(LocalJwtIssuer.shared().token(PROVINCE_ADMIN)))
        .contentType(CSV)
        .bodyValue(csv)
        .exchange()
        .expectStatus()
        .isForbidden()
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/outside-your-province");
    upload(csv, CSV, UNIT_ADMIN, 403);
    upload(csv, CSV, CLERK, 403);
    web.post()
        .uri("/api/org/imports")
        .contentType(CSV)
        .bodyValue(csv)
        .exchange()
        .expectStatus()
        .isUnauthorized();
  }

  private JsonNode upload(byte[] body, MediaType type, TokenSpec token, int status) {
    byte[] response =
        web.post()
            .uri("/api/org/imports?effective=" + CHANGED)
            .headers(h -> h.setBearerAuth(LocalJwtIssuer.shared().token(token)))
            .contentType(type)
            .bodyValue(body)
            .exchange()
            .expectStatus()
            .isEqualTo(status)
            .expectBody()
            .returnResult()
            .getResponseBody();
    return JSON.readTree(response);
  }

  private JsonNode awaitDone(String jobId, TokenSpec token) {
    JsonNode[] job = new JsonNode[1];
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              WebTestClient.BodyContentSpec body =
                  get("/api/org/imports/" + jobId, token)
                      .exchange()
                      .expectStatus()
                      .isOk()
                      .expectBody();
              job[0] = JSON.readTree(body.returnResult().getResponseBody());
              return !job[0].path("state").asString().equals("RUNNING");
            });
    assertThat(job[0].path("state").asString()).isEqualTo("DONE");
    return job[0];
  }
}
