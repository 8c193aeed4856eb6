package vn.chidao.directive.issue.model;

import java.util.Objects;

/**
 * A unit of the organisation tree as this service knows it from its read copy.
 *
 * @param path materialized path of ids from the root, ending with {@code /}
 * @param kind identity's unit kind, e.g. {@code COMMUNE_COMMITTEE} or {@code STATE_BODY}
 * @param issuerAbbr the abbreviation its document symbols end with, e.g. {@code ĐU}
 */
public record Unit(
    String id,
    String tenant,
    String path,
    String name,
    boolean active,
    String kind,
    String issuerAbbr) {

  public Unit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(path, "path");
  }

  /** A unit whose kind and abbreviation do not matter to the caller. */
  public Unit(String id, String tenant, String path, String name, boolean active) {
    this(id, tenant, path, name, active, null, null);
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
