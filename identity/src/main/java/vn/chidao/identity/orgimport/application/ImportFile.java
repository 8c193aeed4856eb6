package vn.chidao.identity.orgimport.application;

import java.util.List;
import vn.chidao.identity.orgimport.model.ImportProblem;
import vn.chidao.identity.orgimport.model.ImportRow;

/**
 * An import file as read: its rows, and what made lines unreadable (encoding, quoting, columns).
 * Unreadable lines are reported together with the tree's problems, so one report lists them all.
 *
 * @param complete false when reading stopped early (wrong encoding, broken syntax): then only the
 *     reading problems are reported, the rows read so far are not checked
 */
public record ImportFile(
    ImportFormat format, List<ImportRow> rows, List<ImportProblem> problems, boolean complete) {

  public ImportFile {
    rows = List.copyOf(rows);
    problems = List.copyOf(problems);
  }
}
