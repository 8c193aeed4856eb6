package vn.chidao.identity.orgimport.model;

/**
 * Why one line of an import file cannot be applied, in Vietnamese.
 *
 * @param line 1-based line of the file; 0 for the file as a whole
 */
public record ImportProblem(int line, String message) implements Comparable<ImportProblem> {

  @Override
  public int compareTo(ImportProblem other) {
    return Integer.compare(line, other.line);
  }
}
