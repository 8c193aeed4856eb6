package vn.chidao.directive.support;

import java.time.Duration;
import vn.chidao.testsupport.LocalJwtIssuer;
import vn.chidao.testsupport.TokenSpec;

/** Bearer tokens of demo role accounts (identity's directory.json), minted by the local issuer. */
public final class DemoTokens {

  public static final TokenSpec TINH_UY_VAN_THU =
      TokenSpec.of("tinhuy.vanthu", "dong-nai", "/tw/dong-nai/", "dong-nai", "issuer", "member");
  public static final TokenSpec TINH_UY_QUAN_TRI =
      TokenSpec.of(
          "tinhuy.quantri", "dong-nai", "/tw/dong-nai/", "dong-nai", "province-admin", "member");
  public static final TokenSpec TRAN_BIEN_VAN_THU =
      TokenSpec.of(
          "tranbien.vanthu",
          "dn-tranbien",
          "/tw/dong-nai/dn-tranbien/",
          "dong-nai",
          "issuer",
          "reporter",
          "member");
  public static final TokenSpec XUAN_LOC_VAN_THU =
      TokenSpec.of(
          "xuanloc.vanthu",
          "dn-xuanloc",
          "/tw/dong-nai/dn-xuanloc/",
          "dong-nai",
          "issuer",
          "reporter",
          "member");
  public static final TokenSpec QUANG_NGAI_VAN_THU =
      TokenSpec.of(
          "quangngai.vanthu", "quang-ngai", "/tw/quang-ngai/", "quang-ngai", "issuer", "member");
  public static final TokenSpec TRUNG_UONG_QUAN_TRI =
      TokenSpec.of("trunguong.quantri", "tw", "/tw/", "trung-uong", "central-admin", "member");

  private DemoTokens() {}

  public static String bearer(TokenSpec spec) {
    return "Bearer " + LocalJwtIssuer.shared().token(spec);
  }

  public static String expired(TokenSpec spec) {
    return bearer(spec.expiresIn(Duration.ofMinutes(-10)));
  }
}
