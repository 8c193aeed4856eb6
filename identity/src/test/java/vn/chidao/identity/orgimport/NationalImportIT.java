package vn.chidao.identity.orgimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.identity.bench.SyntheticTreeFile;
import vn.chidao.identity.org.application.ChangingDirectory;
import vn.chidao.identity.org.application.HistoryStore;
import vn.chidao.identity.org.application.TreeQueries;
import vn.chidao.identity.org.model.OrgUnit;
import vn.chidao.identity.org.model.UnitVersion;
import vn.chidao.identity.orgimport.adapter.in.file.ImportFileReader;
import vn.chidao.identity.orgimport.application.ImportFormat;
import vn.chidao.identity.orgimport.application.ImportJob;
import vn.chidao.identity.orgimport.application.ImportingDirectory;
import vn.chidao.platform.security.ChidaoUser;
import vn.chidao.testsupport.synthetic.SyntheticNation;
import vn.chidao.testsupport.synthetic.SyntheticUnit;

/**
 * The synthetic national tree, scaled down, imported through the same application service as a
 * province's file; then subtree and ancestor queries are checked against the generator's own
 * figures, every path against its parent's, and a commune moved to another province.
 */
class NationalImportIT extends ImportServiceIT {

  private static final LocalDate DAY = LocalDate.of(2025, 10, 1);
  private static final ChidaoUser CENTRE =
      new ChidaoUser("trunguong.quantri", "tw", "/tw/", "trung-uong", Set.of("central-admin"));

  @Autowired ImportingDirectory importing;
  @Autowired HistoryStore history;
  @Autowired TreeQueries queries;
  @Autowired ChangingDirectory changes;

  @Test
  void a_scaled_national_tree_imports_and_subtrees_ancestors_and_paths_are_right() {
    SyntheticNation nation = SyntheticNation.scaledTo(6_000);
    List<SyntheticUnit> units = nation.units();
    byte[] file = SyntheticTreeFile.csv(nation);

    ImportJob job = importAndWait(file);
    // The seeded root "tw" is already exactly as the generator names it.
    assertThat(job.created()).isEqualTo(units.size() - 1);
    assertThat(job.processed()).isEqualTo(job.total());

    for (int province = 1; province <= nation.provinces(); province++) {
      String tenant = SyntheticNation.tenant(province);
      long expected =
          units.stream().filter(u -> u.path().startsWith("/tw/" + tenant + "/")).count();
      assertThat(queries.subtree(CENTRE, tenant, null, 0, 1).block().total())
          .as("subtree of %s", tenant)
          .isEqualTo(expected);
    }
    SyntheticUnit cell = units.get(units.size() - 1);
    List<String> expectedAncestors =
        List.of(cell.path().substring(1, cell.path().length() - 1).split("/")).subList(0, 4);
    assertThat(queries.ancestors(CENTRE, cell.id()).block())
        .extracting(OrgUnit::id)
        .containsExactlyElementsOf(expectedAncestors);
    assertThat(queries.subtree(CENTRE, "t01", "PARTY_CELL", 0, 500).block().items())
        .allMatch(unit -> unit.path().startsWith("/tw/t01/") && unit.kind().equals("PARTY_CELL"));
    assertEveryPathFollowsItsParent();

    ImportJob again = importAndWait(file);
    assertThat(again.total()).isZero();
    assertThat(again.unchanged()).isEqualTo(units.size());

    // A commune with its whole subtree moves to another province; the day before stays as it was.
    String commune = "t01-x0001";
    long size = history.countSubtree("/tw/t01/" + commune + "/", null, null).block();
    changes.move(CENTRE, commune, "t02", DAY.plusDays(1)).block();
    assertThat(history.countSubtree("/tw/t02/" + commune + "/", null, null).block())
        .isEqualTo(size);
    assertThat(
            history
                .currentSubtree("/tw/t02/" + commune + "/", null, null, 0, 0)
                .collectList()
                .block())
        .allMatch(unit -> unit.tenant().equals("t02"));
    assertThat(history.asOf(DAY, "/tw/t01/" + commune + "/", null).count().block()).isEqualTo(size);
    assertEveryPathFollowsItsParent();
  }

  private ImportJob importAndWait(byte[] file) {
    ImportJob started =
        importing
            .start(
                CENTRE,
                importing.scopeFor(CENTRE, null),
                ImportFileReader.read(file, ImportFormat.CSV),
                DAY)
            .block(Duration.ofMinutes(2));
    ImportJob[] job = {started};
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofMillis(250))
        .until(
            () -> {
              job[0] = importing.job(CENTRE, started.id()).block();
              return job[0].state() != ImportJob.State.RUNNING;
            });
    assertThat(job[0].state()).isEqualTo(ImportJob.State.DONE);
    return job[0];
  }

  /** One root, and every other current unit's path is its parent's path plus its id: no orphan. */
  private void assertEveryPathFollowsItsParent() {
    Map<String, UnitVersion> current =
        history.currentSubtree("/", null, null, 0, 0).collectList().block().stream()
            .collect(Collectors.toMap(UnitVersion::unitId, Function.identity()));
    assertThat(current.values().stream().filter(u -> u.parentId() == null)).hasSize(1);
    for (UnitVersion unit : current.values()) {
      if (unit.parentId() != null) {
        UnitVersion parent = current.get(unit.parentId());
        assertThat(parent).as("parent of %s", unit.unitId()).isNotNull();
        assertThat(unit.path()).isEqualTo(parent.path() + unit.unitId() + "/");
      }
    }
  }
}
