package vn.chidao.identity.org.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.chidao.contracts.Destinations;
import vn.chidao.testsupport.RabbitEndpoint;

/** Queries and write operations on the tree over HTTP, with their history and events. */
class OrgTreeApiIT extends OrgChangesIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Map<String, List<JsonNode>> SEEN = new ConcurrentHashMap<>();

  @Test
  void search_without_diacritics_finds_vietnamese_names_of_the_callers_province_only() {
    get("/api/org/search?q=dang uy xa", PROVINCE_ADMIN)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[*].id")
        .isEqualTo(List.of("dn-xuanloc"));
    get("/api/org/search?q=DANG UY XA", CENTRAL_ADMIN)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[*].id")
        .isEqualTo(List.of("dn-xuanloc", "qn-nghiahanh"));
  }

  @Test
  void a_renamed_unit_is_found_by_its_new_name_and_keeps_its_old_one_in_history() {
    String id = found("t-rn", "dn-xuanloc-bh");

    post(
            "/api/org/units/" + id + "/rename",
            Map.of("name", "Chi bộ Ấp Mới Đặc Biệt", "effective", CHANGED.toString()),
            PROVINCE_ADMIN)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.operation")
        .isEqualTo("RENAME");

    get("/api/org/search?q=ap moi dac biet", PROVINCE_ADMIN)
        .exchange()
        .expectBody()
        .jsonPath("$[*].id")
        .isEqualTo(List.of(id));
    get("/api/org/units/" + id + "/history", PROVINCE_ADMIN)
        .exchange()
        .expectBody()
        .jsonPath("$[*].name")
        .isEqualTo(List.of("Chi bộ " + id, "Chi bộ Ấp Mới Đặc Biệt"))
        .jsonPath("$[0].validTo")
        .isEqualTo(CHANGED.toString());
  }

  @Test
  void a_subtree_is_filtered_by_kind_and_paged() {
    get("/api/org/units/dn-cqd/subtree?size=2", PROVINCE_ADMIN)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.total")
        .isEqualTo(3)
        .jsonPath("$.items[*].id")
        .isEqualTo(List.of("dn-cqd", "dn-cqd-bao"));
    get("/api/org/units/dn-cqd/subtree?size=2&page=1", PROVINCE_ADMIN)
        .exchange()
        .expectBody()
        .jsonPath("$.items[*].id")
        .isEqualTo(List.of("dn-cqd-bao-cb1"));
    get("/api/org/units/dn-cqd/subtree?kind=PARTY_CELL", PROVINCE_ADMIN)
        .exchange()
        .expectBody()
        .jsonPath("$.total")
        .isEqualTo(1);
  }

  @Test
  void a_subtree_with_an_unknown_kind_is_a_vietnamese_problem() {
    get("/api/org/units/dn-cqd/subtree?kind=CLUB", PROVINCE_ADMIN)
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/unknown-kind")
        .jsonPath("$.detail")
        .isEqualTo("Loại đơn vị \"CLUB\" không hợp lệ.");
  }

  @Test
  void ancestors_run_from_the_top_down_as_far_as_the_caller_may_see() {
    get("/api/org/units/dn-tranbien-kp1-cb1/ancestors", PROVINCE_ADMIN)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[*].id")
        .isEqualTo(List.of("dong-nai", "dn-tranbien", "dn-tranbien-kp1"));
    get("/api/org/units/dn-tranbien-kp1-cb1/ancestors", CENTRAL_ADMIN)
        .exchange()
        .expectBody()
        .jsonPath("$[*].id")
        .isEqualTo(List.of("tw", "dong-nai", "dn-tranbien", "dn-tranbien-kp1"));
  }

  @Test
  void a_moved_subtree_has_new_paths_now_old_paths_as_of_before_and_is_published()
      throws Exception {
    String moved = found("t-mv", "dn-xuanloc");
    String cell = found("t-mv-cb", moved);
    String target = found("t-mv-target", "dn-xuanloc");

    post(
            "/api/org/units/" + moved + "/move",
            Map.of("parentId", target, "effective", CHANGED.toString()),
            PROVINCE_ADMIN)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.affectedUnits")
        .isEqualTo(2);

    String newPath = "/tw/dong-nai/dn-xuanloc/" + target + "/" + moved + "/" + cell + "/";
    get("/api/org/units/" + cell, PROVINCE_ADMIN)
        .exchange()
        .expectBody()
        .jsonPath("$.path")
        .isEqualTo(newPath);
    get("/api/org/tree?asOf=" + CHANGED.minusDays(1) + "&root=" + moved, PROVINCE_ADMIN)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[*].path")
        .isEqualTo(
            List.of(
                "/tw/dong-nai/dn-xuanloc/" + moved + "/",
                "/tw/dong-nai/dn-xuanloc/" + moved + "/" + cell + "/"));
    assertThat(publishedPaths(cell)).contains(newPath);
  }

  @Test
  void a_merge_hands_the_subordinates_to_the_successor_and_links_the_sources() throws Exception {
    String first = found("t-mg", "dn-xuanloc");
    String second = found("t-mg", "dn-xuanloc");
    String cell = found("t-mg-cb", second);
    String successor = found("t-mg-into", "dn-xuanloc");

    post(
            "/api/org/merges",
            Map.of(
                "sourceIds", List.of(first, second),
                "successorId", successor,
                "effective", CHANGED.toString()),
            PROVINCE_ADMIN)
        .expectStatus()
        .isOk();

    get("/api/org/units/" + first, PROVINCE_ADMIN).exchange().expectStatus().isNotFound();
    get("/api/org/units/" + successor + "/children", PROVINCE_ADMIN)
        .exchange()
        .expectBody()
        .jsonPath("$[*].id")
        .isEqualTo(List.of(cell));
    get("/api/org/units/" + second + "/history", PROVINCE_ADMIN)
        .exchange()
        .expectBody()
        .jsonPath("$[0].successorIds")
        .isEqualTo(List.of(successor));
    // Consumers learn where it went: the event of the closed unit names its successor.
    List<JsonNode> events = published(second, 2);
    JsonNode closed = events.get(events.size() - 1);
    assertThat(closed.path("status").asString()).isEqualTo("CLOSED");
    assertThat(closed.path("successorIds").get(0).asString()).isEqualTo(successor);
    assertThat(closed.path("successorIds").size()).isEqualTo(1);
    get("/api/org/tree?asOf=" + CHANGED.minusDays(1) + "&root=" + second, PROVINCE_ADMIN)
        .exchange()
        .expectBody()
        .jsonPath("$[*].id")
        .isEqualTo(List.of(second, cell));
  }

  @Test
  void a_split_founds_the_parts_and_distributes_the_subordinates() {
    String unit = found("t-sp", "dn-xuanloc");
    String one = found("t-sp-cb", unit);
    String two = found("t-sp-cb", unit);
    String partA = freshId("t-sp-a");
    String partB = freshId("t-sp-b");

    post(
            "/api/org/units/" + unit + "/split",
            Map.of(
                "parts",
                List.of(
                    Map.of(
                        "id", partA, "kind", "PARTY_CELL", "name", "Chi bộ A", "issuerAbbr", "CB"),
                    Map.of(
                        "id", partB, "kind", "PARTY_CELL", "name", "Chi bộ B", "issuerAbbr", "CB")),
                "assignment",
                Map.of(one, partA, two, partB),
                "effective",
                CHANGED.toString()),
            PROVINCE_ADMIN)
        .expectStatus()
        .isOk();

    get("/api/org/units/" + two, PROVINCE_ADMIN)
        .exchange()
        .expectBody()
        .jsonPath("$.parentId")
        .isEqualTo(partB)
        .jsonPath("$.path")
        .isEqualTo("/tw/dong-nai/dn-xuanloc/" + partB + "/" + two + "/");
    get("/api/org/units/" + unit + "/history", PROVINCE_ADMIN)
        .exchange()
        .expectBody()
        .jsonPath("$[0].successorIds")
        .isEqualTo(List.of(partA, partB));
  }

  @Test
  void a_closed_unit_is_gone_now_and_still_in_the_tree_of_the_day_before() {
    String unit = found("t-cl", "dn-xuanloc");

    post(
            "/api/org/units/" + unit + "/close",
            Map.of("effective", CHANGED.toString()),
            CENTRAL_ADMIN)
        .expectStatus()
        .isOk();

    get("/api/org/units/" + unit, CENTRAL_ADMIN).exchange().expectStatus().isNotFound();
    get("/api/org/tree?asOf=" + CHANGED.minusDays(1) + "&root=" + unit, CENTRAL_ADMIN)
        .exchange()
        .expectBody()
        .jsonPath("$[*].id")
        .isEqualTo(List.of(unit));
  }

  @Test
  void a_move_into_the_units_own_subtree_is_a_vietnamese_problem() {
    String unit = found("t-loop", "dn-xuanloc");
    String child = found("t-loop-cb", unit);

    post("/api/org/units/" + unit + "/move", Map.of("parentId", child), PROVINCE_ADMIN)
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/move-into-own-subtree")
        .jsonPath("$.detail")
        .isEqualTo(
            "Không thể chuyển đơn vị \"" + unit + "\" vào chính nó hoặc đơn vị cấp dưới của nó.");
  }

  @Test
  void a_back_dated_change_is_refused_with_409() {
    String unit = found("t-back", "dn-xuanloc");

    post(
            "/api/org/units/" + unit + "/rename",
            Map.of("name", "Tên cũ hơn", "effective", FOUNDED.minusDays(1).toString()),
            PROVINCE_ADMIN)
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/effective-date-too-early");
  }

  @Test
  void invalid_bodies_and_dates_are_vietnamese_problems() {
    post(
            "/api/org/units",
            Map.of("id", "Có Dấu/Xấu", "parentId", "dn-xuanloc", "kind", "PARTY_CELL"),
            PROVINCE_ADMIN)
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    get("/api/org/tree?asOf=30/06/2024", PROVINCE_ADMIN)
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/bad-date");
  }

  /** Paths of every OrgUnitChanged for the unit that reached the reporting service's queue. */
  private static List<String> publishedPaths(String unitId) throws Exception {
    return published(unitId, 2).stream().map(event -> event.path("path").asString()).toList();
  }

  /**
   * Every OrgUnitChanged for the unit that reached the reporting service's queue, once there are at
   * least {@code atLeast}. Whatever is drained is kept for all tests, since they share the queue.
   */
  private static List<JsonNode> published(String unitId, int atLeast) throws Exception {
    RabbitEndpoint rabbit = rabbit();
    String queue = rabbit.queue(Destinations.ORG_UNIT_CHANGED, "reporting-service");
    try (Connection connection = rabbit.newConnection("identity-changes-it")) {
      await()
          .atMost(Duration.ofSeconds(20))
          .untilAsserted(
              () -> {
                try (Channel channel = connection.createChannel()) {
                  for (GetResponse message = channel.basicGet(queue, true);
                      message != null;
                      message = channel.basicGet(queue, true)) {
                    JsonNode event = JSON.readTree(message.getBody());
                    SEEN.computeIfAbsent(
                            event.path("unitId").asString(),
                            id -> Collections.synchronizedList(new ArrayList<>()))
                        .add(event);
                  }
                }
                assertThat(SEEN.getOrDefault(unitId, List.of()))
                    .hasSizeGreaterThanOrEqualTo(atLeast);
              });
    }
    return List.copyOf(SEEN.get(unitId));
  }
}
