package vn.chidao.directive.issue.model;

import java.util.Objects;

/**
 * A cited earlier document (căn cứ). Either a directive of this system ({@code directiveId}, its
 * symbol filled in at issue time) or one known only by its printed symbol ("25-NQ/TW"), e.g. from
 * before the system existed.
 */
public record Reference(String directiveId, String symbol, Relation relation) {

  public Reference {
    relation = relation == null ? Relation.IMPLEMENTS : relation;
    if (directiveId == null && (symbol == null || symbol.isBlank())) {
      throw new IllegalArgumentException("a reference needs a directive id or a symbol");
    }
  }

  public boolean inSystem() {
    return directiveId != null;
  }

  public Reference withSymbol(String resolved) {
    return new Reference(directiveId, resolved, relation);
  }

  public static Reference to(String directiveId, Relation relation) {
    return new Reference(Objects.requireNonNull(directiveId), null, relation);
  }
}
