package vn.chidao.directive.issue.model;

/**
 * On whose behalf the signer signs (thể thức ký, Hướng dẫn 36-HD/VPTW and Nghị định 30/2020): the
 * printed prefix is {@link #prefix()}.
 */
public enum SigningAuthority {
  /** Signs in their own right (the head of the body), no prefix. */
  DIRECT(""),
  /** "T/M" — thay mặt: on behalf of a collective body (Ban Thường vụ, Đảng ủy). */
  TM("T/M"),
  /** "KT." — ký thay: a deputy signs for the head. */
  KT("KT."),
  /** "Q." — quyền: acting head. */
  Q("Q."),
  /** "TL." — thừa lệnh: by order of the head. */
  TL("TL.");

  public static final String NAME_PATTERN = "DIRECT|TM|KT|Q|TL";

  private final String prefix;

  SigningAuthority(String prefix) {
    this.prefix = prefix;
  }

  public String prefix() {
    return prefix;
  }
}
