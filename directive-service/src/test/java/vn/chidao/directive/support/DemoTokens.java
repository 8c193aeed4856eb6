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

  public static final TokenSpec TRUNG_UONG_VAN_THU =
      TokenSpec.of(
          "trunguong.vanthu", "tw", "/tw/", "trung-uong", "issuer", "central-admin", "member");
  public static final TokenSpec KP1_BI_THU =
      TokenSpec.of(
          "kp1.bithu",
          "dn-tranbien-kp1",
          "/tw/dong-nai/dn-tranbien/dn-tranbien-kp1/",
          "dong-nai",
          "issuer",
          "reporter",
          "member");
  public static final TokenSpec KP1_CB1_BI_THU =
      TokenSpec.of(
          "kp1cb1.bithu",
          "dn-tranbien-kp1-cb1",
          "/tw/dong-nai/dn-tranbien/dn-tranbien-kp1/dn-tranbien-kp1-cb1/",
          "dong-nai",
          "reporter",
          "member");
  public static final TokenSpec CQD_VAN_THU =
      TokenSpec.of(
          "cqd.vanthu",
          "dn-cqd",
          "/tw/dong-nai/dn-cqd/",
          "dong-nai",
          "issuer",
          "reporter",
          "member");
  public static final TokenSpec BAO_VAN_THU =
      TokenSpec.of(
          "bao.vanthu",
          "dn-cqd-bao",
          "/tw/dong-nai/dn-cqd/dn-cqd-bao/",
          "dong-nai",
          "issuer",
          "reporter",
          "member");

  private DemoTokens() {}

  public static String bearer(TokenSpec spec) {
    return "Bearer " + LocalJwtIssuer.shared().token(spec);
  }

  public static String expired(TokenSpec spec) {
    return bearer(spec.expiresIn(Duration.ofMinutes(-10)));
  }
}
