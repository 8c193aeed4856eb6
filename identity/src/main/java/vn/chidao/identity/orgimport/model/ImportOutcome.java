package vn.chidao.identity.orgimport.model;

import java.util.List;
import vn.chidao.identity.org.model.ChangeSet;

/**
 * What an import file amounts to: either problems (nothing may be applied), or one change set with
 * every creation and change — null when the tree already is as the file says.
 *
 * @param created units the file adds
 * @param changed units that get a new version (the file changes them, or an ancestor moved)
 * @param unchanged units of the file already as it says
 */
public record ImportOutcome(
    List<ImportProblem> problems, ChangeSet changeSet, int created, int changed, int unchanged) {

  public ImportOutcome {
    problems = List.copyOf(problems);
  }

  static ImportOutcome refused(List<ImportProblem> problems) {
    return new ImportOutcome(problems.stream().sorted().toList(), null, 0, 0, 0);
  }

  public boolean accepted() {
    return problems.isEmpty();
  }
}
