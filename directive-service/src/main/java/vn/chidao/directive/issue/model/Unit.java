package vn.chidao.directive.issue.model;

import java.util.Objects;

/**
 * A unit of the organisation tree as this service knows it from its read copy.
 *
 * @param path materialized path of ids from the root, ending with {@code /}
 */
public record Unit(String id, String tenant, String path, String name, boolean active) {

  public Unit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(path, "path");
  }

  /** True when this unit is {@code ancestorPath}'s unit or lies below it. */
  public boolean isWithin(String ancestorPath) {
    return ancestorPath != null && path.startsWith(asPrefix(ancestorPath));
  }

  /**
   * A path as a prefix that only matches whole ids: {@code /tw/dong-nai} must not cover {@code
   * /tw/dong-nai-2/}.
   */
  private static String asPrefix(String path) {
    return path.endsWith("/") ? path : path + "/";
  }
}
