package vn.chidao.identity.org.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.identity.org.application.ApplyingChanges;
import vn.chidao.identity.org.application.HistoryStore;
import vn.chidao.identity.org.model.ChangeSet;
import vn.chidao.identity.org.model.OrgHistory;
import vn.chidao.identity.org.model.UnitVersion;
import vn.chidao.platform.problem.ProblemException;

/**
 * The change set protocol of ADR 0004 against the MongoDB wire protocol: what a crash leaves behind
 * is invisible and finished by recovery; a change set that loses a race is undone.
 */
class OrgChangeSetIT extends OrgChangesIT {

  @Autowired HistoryStore history;
  @Autowired ApplyingChanges applying;

  @Test
  void a_move_written_but_not_flipped_is_invisible_until_recovery_finishes_it() {
    String moved = found("t-crash", "dn-xuanloc");
    String cell = found("t-crash-cb", moved);
    String target = found("t-crash-target", "dn-xuanloc");
    String oldPath = "/tw/dong-nai/dn-xuanloc/" + moved + "/" + cell + "/";
    String newPath = "/tw/dong-nai/dn-xuanloc/" + target + "/" + moved + "/" + cell + "/";
    ChangeSet move = currentTree().move(moved, target, CHANGED);

    // The process "dies" after writing every version, before the flip to APPLIED.
    history.record(move, "test").block();
    history.write(move).block();

    assertThat(history.current(cell).block().path()).isEqualTo(oldPath);
    assertThat(pathsAsOf(moved)).containsExactly("/tw/dong-nai/dn-xuanloc/" + moved + "/", oldPath);
    assertThat(history.versions(cell).collectList().block()).hasSize(1);
    get("/api/org/units/" + target + "/children", PROVINCE_ADMIN)
        .exchange()
        .expectBody()
        .jsonPath("$.length()")
        .isEqualTo(0);

    assertThat(applying.recover().block()).isGreaterThanOrEqualTo(1);

    assertThat(history.current(cell).block().path()).isEqualTo(newPath);
    assertThat(history.versions(cell).collectList().block()).hasSize(2);
    get("/api/org/units/" + cell, PROVINCE_ADMIN)
        .exchange()
        .expectBody()
        .jsonPath("$.path")
        .isEqualTo(newPath);
  }

  @Test
  void a_change_set_that_loses_a_race_is_undone_and_refused_with_409() {
    String unit = found("t-race", "dn-xuanloc");
    String first = found("t-race-a", "dn-xuanloc");
    String second = found("t-race-b", "dn-xuanloc");
    OrgHistory sameState = currentTree();
    ChangeSet winner = sameState.move(unit, first, CHANGED);
    ChangeSet loser = sameState.move(unit, second, CHANGED);

    applying.apply(winner, "test").block();

    assertThatThrownBy(() -> applying.apply(loser, "test").block())
        .isInstanceOfSatisfying(
            ProblemException.class,
            problem -> assertThat(problem.getStatusCode().value()).isEqualTo(409));
    UnitVersion current = history.current(unit).block();
    assertThat(current.parentId()).isEqualTo(first);
    assertThat(current.changeSetId()).isEqualTo(winner.id());
    assertThat(history.versions(unit).collectList().block()).hasSize(2);
  }

  private OrgHistory currentTree() {
    return OrgHistory.of(history.currentSubtree("/", null, null, 0, 0).collectList().block());
  }

  private List<String> pathsAsOf(String root) {
    String rootPath = history.current(root).block().path();
    return history.asOf(CHANGED, rootPath, null).map(UnitVersion::path).collectList().block();
  }
}
