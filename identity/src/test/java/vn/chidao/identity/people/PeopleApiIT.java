package vn.chidao.identity.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Memberships over HTTP: join, two posts, lists, change, leave, refusals, events. */
class PeopleApiIT extends PeopleIT {

  private static final tools.jackson.databind.json.JsonMapper JSON =
      tools.jackson.databind.json.JsonMapper.builder().build();

  private static JsonNode json(String body) {
    return JSON.readTree(body);
  }

  @Test
  void a_person_joins_holds_a_second_post_changes_and_leaves_with_an_event_each_time()
      throws Exception {
    String cell = found("dn-tranbien");
    String other = found("dn-xuanloc");
    String username = freshUsername("nguoi");
    String email = username + "@dongnai.gov.vn";

    post(
            "/api/org/units/" + cell + "/members",
            Map.of(
                "username",
                username,
                "email",
                email.toUpperCase(),
                "position",
                "BI_THU",
                "roles",
                List.of("issuer", "reporter")),
            UNIT_ADMIN)
        .expectStatus()
        .isCreated()
        .expectHeader()
        .valueEquals("Location", "/api/org/units/" + cell + "/members/" + username)
        .expectBody()
        .jsonPath("$.membership.positionLabel")
        .isEqualTo("Bí thư")
        .jsonPath("$.membership.email")
        .isEqualTo(email)
        .jsonPath("$.account")
        .isEqualTo("CREATED");
    join(other, username, email, "VAN_THU", "issuer");

    get("/api/org/people/" + username, PROVINCE_ADMIN)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.length()")
        .isEqualTo(2)
        .jsonPath("$[?(@.unitId == '" + other + "')].position")
        .isEqualTo("VAN_THU");

    put(
            "/api/org/units/" + cell + "/members/" + username,
            Map.of("position", "PHO_BI_THU", "roles", List.of("reporter")),
            UNIT_ADMIN)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.membership.position")
        .isEqualTo("PHO_BI_THU")
        .jsonPath("$.membership.roles[0]")
        .isEqualTo("reporter");

    delete("/api/org/units/" + other + "/members/" + username, PROVINCE_ADMIN)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.membership.active")
        .isEqualTo(false);

    List<JsonNode> mine = new ArrayList<>();
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              drainMembershipEvents().stream()
                  .filter(event -> event.path("username").asString().equals(username))
                  .forEach(mine::add);
              assertThat(mine)
                  .anySatisfy(
                      event -> {
                        assertThat(event.path("unitId").asString()).isEqualTo(cell);
                        assertThat(event.path("position").asString()).isEqualTo("PHO_BI_THU");
                        assertThat(event.path("roles").toString()).isEqualTo("[\"reporter\"]");
                        assertThat(event.path("tenant").asString()).isEqualTo("dong-nai");
                        assertThat(event.path("displayName").asString())
                            .isEqualTo("Phó Bí thư — Chi bộ " + cell);
                      })
                  .anySatisfy(
                      event -> {
                        assertThat(event.path("unitId").asString()).isEqualTo(other);
                        assertThat(event.path("active").asBoolean()).isFalse();
                      })
                  .anySatisfy(
                      event -> {
                        assertThat(event.path("position").asString()).isEqualTo("BI_THU");
                        assertThat(event.path("roles").toString())
                            .isEqualTo("[\"issuer\",\"reporter\"]");
                      });
            });
  }

  @Test
  void the_people_of_a_unit_and_of_its_subtree_come_in_pages() {
    String branch = found("dn-xuanloc");
    String leaf = found(branch);
    String a = join(branch, freshUsername("a"), freshUsername("a") + "@x.vn", "BI_THU");
    String b = join(leaf, freshUsername("b"), freshUsername("b") + "@x.vn", "MEMBER");
    String c = join(leaf, freshUsername("c"), freshUsername("c") + "@x.vn", "VAN_THU");
    delete("/api/org/units/" + leaf + "/members/" + c, CENTRAL_ADMIN).expectStatus().isOk();

    get("/api/org/units/" + branch + "/members", CLERK)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.total")
        .isEqualTo(1)
        .jsonPath("$.items[0].username")
        .isEqualTo(a);
    List<String> paged = new ArrayList<>();
    for (int page = 0; page < 3; page++) {
      JsonNode body =
          json(
              get("/api/org/units/" + branch + "/members?subtree=true&size=1&page=" + page, CLERK)
                  .expectStatus()
                  .isOk()
                  .expectBody(String.class)
                  .returnResult()
                  .getResponseBody());
      assertThat(body.path("total").asLong()).isEqualTo(2);
      body.path("items").forEach(item -> paged.add(item.path("username").asString()));
    }
    assertThat(paged).containsExactlyInAnyOrder(a, b);
    get("/api/org/units/" + branch + "/members?subtree=true&includeLeft=true", CLERK)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.total")
        .isEqualTo(3);
  }

  @Test
  void bad_requests_are_vietnamese_problems_and_change_nothing() {
    String cell = found("dn-tranbien");
    String username = freshUsername("sai");

    post(
            "/api/org/units/" + cell + "/members",
            Map.of("username", "Không Hợp Lệ", "email", "khong-phai-thu", "position", "BI_THU"),
            UNIT_ADMIN)
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentType("application/problem+json")
        .expectBody()
        .jsonPath("$.errors.length()")
        .isEqualTo(2);
    post(
            "/api/org/units/" + cell + "/members",
            Map.of("username", username, "email", username + "@x.vn", "position", "VUA"),
            UNIT_ADMIN)
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/unknown-position");
    post(
            "/api/org/units/" + cell + "/members",
            Map.of(
                "username",
                username,
                "email",
                username + "@x.vn",
                "position",
                "MEMBER",
                "roles",
                List.of("god")),
            UNIT_ADMIN)
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/unknown-role");
    get("/api/org/units/" + cell + "/members?includeLeft=true", UNIT_ADMIN)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.total")
        .isEqualTo(0);
    assertThat(keycloakUser(username)).isNull();

    join(cell, username, username + "@x.vn", "MEMBER");
    post(
            "/api/org/units/" + cell + "/members",
            Map.of("username", username, "email", username + "@x.vn", "position", "MEMBER"),
            UNIT_ADMIN)
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/already-member");
    String thief = freshUsername("trom");
    post(
            "/api/org/units/" + cell + "/members",
            Map.of("username", thief, "email", username + "@x.vn", "position", "MEMBER"),
            UNIT_ADMIN)
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/email-in-use");
  }

  @Test
  void one_province_cannot_repoint_the_email_of_another_provinces_person() {
    String home = found("dn-xuanloc");
    String away = found("qn-nghiahanh");
    String username = freshUsername("hai-tinh");
    join(home, username, username + "@dongnai.gov.vn", "BI_THU", "issuer");

    post(
            "/api/org/units/" + away + "/members",
            Map.of("username", username, "email", "ke-gian@quangngai.gov.vn", "position", "MEMBER"),
            OTHER_PROVINCE_ADMIN)
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/email-owned-elsewhere");

    // with the person's own e-mail, the second post in another province is fine
    post(
            "/api/org/units/" + away + "/members",
            Map.of(
                "username", username, "email", username + "@dongnai.gov.vn", "position", "MEMBER"),
            OTHER_PROVINCE_ADMIN)
        .expectStatus()
        .isCreated();
    // ...and each province sees only its own post of that person
    get("/api/org/people/" + username, OTHER_PROVINCE_ADMIN)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.length()")
        .isEqualTo(1)
        .jsonPath("$[0].unitId")
        .isEqualTo(away);
  }

  @Test
  void an_admin_cannot_change_their_own_post_nor_grant_roles_above_their_own() {
    String cell = found("dn-tranbien");

    post(
            "/api/org/units/" + cell + "/members",
            Map.of(
                "username",
                "tranbien.quantri",
                "email",
                "tranbien.quantri@chidao.test",
                "position",
                "QUAN_TRI",
                "roles",
                List.of("unit-admin")),
            UNIT_ADMIN)
        .expectStatus()
        .isForbidden()
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/own-membership");
    String username = freshUsername("leo-thang");
    post(
            "/api/org/units/" + cell + "/members",
            Map.of(
                "username",
                username,
                "email",
                username + "@x.vn",
                "position",
                "QUAN_TRI",
                "roles",
                List.of("province-admin")),
            UNIT_ADMIN)
        .expectStatus()
        .isForbidden()
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/role-not-grantable")
        .jsonPath("$.detail")
        .isEqualTo("Bạn không được giao vai trò \"province-admin\".");
  }
}
