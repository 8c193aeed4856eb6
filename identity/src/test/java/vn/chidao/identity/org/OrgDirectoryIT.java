package vn.chidao.identity.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;
import vn.chidao.identity.org.adapter.in.demo.DemoDirectoryReader;
import vn.chidao.identity.org.application.Change;
import vn.chidao.identity.org.application.MembershipStore;
import vn.chidao.identity.org.application.SeedingDirectory;
import vn.chidao.identity.org.application.UnitStore;
import vn.chidao.identity.org.model.OrgDirectory;
import vn.chidao.identity.org.model.OrgUnit;
import vn.chidao.testsupport.LocalJwtIssuer;
import vn.chidao.testsupport.TokenSpec;

/** Seeding, reads and tenancy of the directory over HTTP. */
class OrgDirectoryIT extends IdentityIT {

  static final TokenSpec DONG_NAI_CLERK =
      TokenSpec.of(
          "tinhuy.vanthu", "dong-nai", "/tw/dong-nai/", "dong-nai", "issuer", "reviewer", "member");
  static final TokenSpec CENTRAL_ADMIN =
      TokenSpec.of("trunguong.quantri", "tw", "/tw/", "trung-uong", "central-admin", "member");

  @Autowired WebTestClient web;
  @Autowired SeedingDirectory seeding;
  @Autowired UnitStore units;
  @Autowired MembershipStore memberships;
  @Autowired JsonMapper json;

  @Test
  void seeding_the_demo_directory_again_changes_nothing() {
    OrgDirectory demo = demoDirectory();

    StepVerifier.create(seeding.seed(demo))
        .assertNext(
            report -> {
              assertThat(report.units(Change.UNCHANGED)).isEqualTo(15);
              assertThat(report.memberships(Change.UNCHANGED)).isEqualTo(13);
              assertThat(report.units(Change.CREATED) + report.units(Change.CHANGED)).isZero();
            })
        .verifyComplete();
    StepVerifier.create(units.count()).expectNext(15L).verifyComplete();
    StepVerifier.create(memberships.count()).expectNext(13L).verifyComplete();
    StepVerifier.create(units.findById("dong-nai"))
        .assertNext(unit -> assertThat(unit.version()).isEqualTo(1))
        .verifyComplete();
  }

  @Test
  void a_unit_that_differs_from_the_stored_one_gets_a_new_version() {
    OrgDirectory demo = demoDirectory();
    OrgDirectory renamed = withUnitRenamed(demo, "qn-nghiahanh", "Đảng ủy xã Nghĩa Hành (mới)");

    StepVerifier.create(seeding.seed(renamed))
        .assertNext(report -> assertThat(report.units(Change.CHANGED)).isEqualTo(1))
        .verifyComplete();
    StepVerifier.create(units.findById("qn-nghiahanh"))
        .assertNext(
            unit -> {
              assertThat(unit.value().name()).isEqualTo("Đảng ủy xã Nghĩa Hành (mới)");
              assertThat(unit.version()).isGreaterThan(1);
            })
        .verifyComplete();
    StepVerifier.create(seeding.seed(demo))
        .assertNext(report -> assertThat(report.units(Change.CHANGED)).isEqualTo(1))
        .verifyComplete();
  }

  @Test
  void a_user_reads_a_unit_of_their_province() {
    get("/api/org/units/dn-tranbien", DONG_NAI_CLERK)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.name")
        .isEqualTo("Đảng ủy phường Trấn Biên")
        .jsonPath("$.path")
        .isEqualTo("/tw/dong-nai/dn-tranbien/")
        .jsonPath("$.tenant")
        .isEqualTo("dong-nai");
  }

  @Test
  void a_unit_of_another_province_answers_exactly_like_a_unit_that_does_not_exist() {
    String foreign = notFoundBody("/api/org/units/quang-ngai", DONG_NAI_CLERK);
    String missing = notFoundBody("/api/org/units/khong-co", DONG_NAI_CLERK);

    assertThat(json.readTree(foreign).path("type").asString())
        .isEqualTo("https://chidao.vn/problems/unit-not-found");
    assertThat(json.readTree(foreign).path("title").asString()).isEqualTo("Không tìm thấy");
    assertThat(json.readTree(foreign).path("detail").asString())
        .isEqualTo("Không tìm thấy đơn vị có mã \"quang-ngai\" trong phạm vi của bạn.");
    assertThat(json.readTree(missing).path("type")).isEqualTo(json.readTree(foreign).path("type"));
  }

  @Test
  void the_central_admin_reads_every_province() {
    get("/api/org/units/quang-ngai", CENTRAL_ADMIN)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.name")
        .isEqualTo("Tỉnh ủy Quảng Ngãi");
    get("/api/org/units/tw/children", CENTRAL_ADMIN)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[*].id")
        .isEqualTo(List.of("dong-nai", "quang-ngai"));
  }

  @Test
  void the_children_of_a_unit_are_its_direct_subordinates() {
    get("/api/org/units/dong-nai/children", DONG_NAI_CLERK)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[*].id")
        .isEqualTo(List.of("dn-bdv", "dn-cqd", "dn-tranbien", "dn-xuanloc"));
  }

  @Test
  void a_province_user_cannot_list_the_provinces_under_the_centre() {
    notFoundBody("/api/org/units/tw/children", DONG_NAI_CLERK);
  }

  @Test
  void me_shows_the_callers_unit_and_memberships() {
    get("/api/org/me", DONG_NAI_CLERK)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.username")
        .isEqualTo("tinhuy.vanthu")
        .jsonPath("$.province")
        .isEqualTo("dong-nai")
        .jsonPath("$.unit.name")
        .isEqualTo("Tỉnh ủy Đồng Nai")
        .jsonPath("$.memberships.length()")
        .isEqualTo(1)
        .jsonPath("$.memberships[0].positionLabel")
        .isEqualTo("Văn thư")
        .jsonPath("$.memberships[0].email")
        .isEqualTo("tinhuy.vanthu@chidao.test");
  }

  @Test
  void a_request_without_a_token_gets_a_401_problem() {
    web.get()
        .uri("/api/org/units/dong-nai")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.title")
        .isEqualTo("Chưa xác thực")
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/unauthenticated");
  }

  @Test
  void an_expired_token_gets_a_401_problem() {
    get("/api/org/me", DONG_NAI_CLERK.expiresIn(Duration.ofMinutes(-5)))
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
  }

  private WebTestClient.ResponseSpec get(String uri, TokenSpec token) {
    return web.get()
        .uri(uri)
        .headers(h -> h.setBearerAuth(LocalJwtIssuer.shared().token(token)))
        .exchange();
  }

  private String notFoundBody(String uri, TokenSpec token) {
    byte[] body =
        get(uri, token)
            .expectStatus()
            .isNotFound()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .returnResult()
            .getResponseBody();
    return new String(body, StandardCharsets.UTF_8);
  }

  private OrgDirectory demoDirectory() {
    return new DemoDirectoryReader(json).read(new ClassPathResource("demo/directory.json"));
  }

  private static OrgDirectory withUnitRenamed(OrgDirectory directory, String id, String name) {
    List<OrgUnit> units =
        directory.units().stream()
            .map(
                u ->
                    u.id().equals(id)
                        ? new OrgUnit(
                            u.id(),
                            u.tenant(),
                            u.parentId(),
                            u.path(),
                            u.kind(),
                            name,
                            u.issuerAbbr(),
                            u.status())
                        : u)
            .toList();
    return new OrgDirectory(units, directory.memberships());
  }
}
