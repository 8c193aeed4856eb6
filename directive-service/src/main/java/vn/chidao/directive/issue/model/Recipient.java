package vn.chidao.directive.issue.model;

import java.util.List;
import java.util.Objects;

/**
 * One line of the distribution list (Nơi nhận): a unit, how far below it the directive goes, and
 * why it is sent there.
 *
 * @param kinds with {@link Scope#SUBTREE}: only units of these kinds (e.g. {@code PARTY_CELL}) are
 *     reached; empty means every unit of the subtree, the named unit included
 * @param label optional text as printed on paper ("Các chi bộ trực thuộc"), for display
 */
public record Recipient(
    String unitId, Scope scope, List<String> kinds, Purpose purpose, String label) {

  public Recipient {
    Objects.requireNonNull(unitId, "unitId");
    scope = scope == null ? Scope.UNIT : scope;
    purpose = purpose == null ? Purpose.IMPLEMENT : purpose;
    kinds = kinds == null ? List.of() : List.copyOf(kinds);
    if (scope == Scope.UNIT && !kinds.isEmpty()) {
      throw new IllegalArgumentException("kinds only narrow a subtree");
    }
  }

  /** The named unit alone, to implement: the list of the first version of the API. */
  public static Recipient implement(String unitId) {
    return new Recipient(unitId, Scope.UNIT, List.of(), Purpose.IMPLEMENT, null);
  }

  /** Whether a unit at {@code path} of {@code kind} is reached by this entry. */
  public boolean reaches(Unit named, String path, String kind) {
    if (scope == Scope.UNIT) {
      return named.path().equals(path);
    }
    return path.startsWith(named.path()) && (kinds.isEmpty() || kinds.contains(kind));
  }
}
