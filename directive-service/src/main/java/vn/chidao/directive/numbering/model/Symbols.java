package vn.chidao.directive.numbering.model;

/**
 * Số, ký hiệu. Party style (Hướng dẫn 36-HD/VPTW) is {@code 84-CV/ĐU}: number, type, issuer. State
 * style (Nghị định 30/2020, Phụ lục I) is {@code 84/QĐ-UBND}: number, then type and issuer. Numbers
 * below 10 get a leading zero in both ("01").
 */
public final class Symbols {

  private Symbols() {}

  public static String format(Regime regime, int number, String typeAbbr, String issuerAbbr) {
    if (number < 1) {
      throw new IllegalArgumentException("numbers start at 1: " + number);
    }
    String printed = String.format("%02d", number);
    return switch (regime) {
      case PARTY -> printed + "-" + typeAbbr + "/" + issuerAbbr;
      case STATE -> printed + "/" + typeAbbr + "-" + issuerAbbr;
    };
  }
}
