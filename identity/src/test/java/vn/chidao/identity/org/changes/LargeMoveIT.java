package vn.chidao.identity.org.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.identity.org.application.HistoryStore;
import vn.chidao.identity.org.model.UnitVersion;
import vn.chidao.testsupport.LocalJwtIssuer;

/**
 * Moves a large subtree through the API and prints how long it took. The size is {@code
 * chidao.bench.move-units} (default 2,000 to keep the build short; the figure is 20,000).
 */
class LargeMoveIT extends OrgChangesIT {

  private static final int UNITS = Integer.getInteger("chidao.bench.move-units", 2000);
  private static final int FANOUT = 10;

  @Autowired HistoryStore history;

  @Test
  void a_large_subtree_moves_in_one_change_set_and_every_path_follows() {
    String root = found("t-big", "dn-xuanloc");
    String target = found("t-big-target", "dn-xuanloc");
    UnitVersion rootVersion = history.current(root).block();
    List<UnitVersion> below = generate(rootVersion, UNITS - 1);
    // Loaded straight into the history in bulk, not through N API calls.
    assertThat(history.bootstrapAll(below).block(Duration.ofMinutes(5))).isEqualTo(UNITS - 1);

    long started = System.nanoTime();
    web.mutate()
        .responseTimeout(Duration.ofMinutes(5))
        .build()
        .post()
        .uri("/api/org/units/" + root + "/move")
        .headers(h -> h.setBearerAuth(LocalJwtIssuer.shared().token(PROVINCE_ADMIN)))
        .bodyValue(Map.of("parentId", target, "effective", CHANGED.toString()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.affectedUnits")
        .isEqualTo(UNITS);
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        "{\"bench\":\"org-move\",\"units\":%d,\"seconds\":%.2f,\"units_per_s\":%.0f}%n",
        UNITS, seconds, UNITS / seconds);

    String newRootPath = "/tw/dong-nai/dn-xuanloc/" + target + "/" + root + "/";
    assertThat(history.countSubtree(newRootPath, null, null).block()).isEqualTo(UNITS);
    assertThat(history.countSubtree(rootVersion.path(), null, null).block()).isZero();
    assertThat(history.asOf(CHANGED.minusDays(1), rootVersion.path(), null).count().block())
        .isEqualTo(UNITS);
  }

  /** A tree of {@code count} party cells below {@code root}, {@value #FANOUT} children each. */
  private static List<UnitVersion> generate(UnitVersion root, int count) {
    List<UnitVersion> units = new ArrayList<>();
    List<UnitVersion> parents = new ArrayList<>(List.of(root));
    int next = 0;
    for (int parent = 0; units.size() < count; parent++) {
      UnitVersion up = parent < units.size() + 1 ? parents.get(parent) : null;
      for (int i = 0; i < FANOUT && units.size() < count; i++) {
        String id = root.unitId() + "-" + next++;
        UnitVersion unit =
            new UnitVersion(
                id,
                1,
                up.tenant(),
                up.unitId(),
                up.path() + id + "/",
                "PARTY_CELL",
                "Chi bộ " + id,
                "CB",
                FOUNDED,
                null,
                List.of(),
                "bench");
        units.add(unit);
        parents.add(unit);
      }
    }
    return units;
  }
}
