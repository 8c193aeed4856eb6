package vn.chidao.platform.security;

/** Realm roles of the {@code chidao} Keycloak realm, as they appear in tokens. */
public final class ChidaoRoles {

  public static final String CENTRAL_ADMIN = "central-admin";
  public static final String PROVINCE_ADMIN = "province-admin";
  public static final String UNIT_ADMIN = "unit-admin";
  public static final String ISSUER = "issuer";
  public static final String REPORTER = "reporter";
  public static final String REVIEWER = "reviewer";
  public static final String MEMBER = "member";

  private ChidaoRoles() {}
}
