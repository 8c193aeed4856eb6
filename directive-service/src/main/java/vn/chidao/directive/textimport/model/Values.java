package vn.chidao.directive.textimport.model;

import java.time.LocalDate;
import java.util.List;

/** The values an import can read, one record per kind of field. */
public final class Values {

  private Values() {}

  /**
   * "Số 15-TT/TU" (Party: number-type/issuer) or "Số: 12/QĐ-UBND" (State: number/type-issuer).
   *
   * @param typeAbbr null when the symbol has none (a State công văn "620/UBND-VX")
   * @param year the year part of a State symbol such as "12/2020/NĐ-CP", else null
   * @param style {@code PARTY} or {@code STATE}
   */
  public record DocumentNumber(
      int number, String typeAbbr, String issuerAbbr, Integer year, String symbol, String style) {}

  /**
   * The issuing body's header lines ("ĐẢNG BỘ TỈNH NINH BÌNH" / "TỈNH ỦY"), top down; {@code name}
   * is the last (the body itself, under its parent).
   */
  public record IssuingBody(String name, List<String> lines) {}

  /** "Kon Tum, ngày 18 tháng 11 năm 2016". */
  public record PlaceAndDate(String place, LocalDate date) {}

  /**
   * @param code the DocType code (TT, BC…), null for a kind chidao does not issue
   */
  public record DocumentType(String code, String label) {}

  /**
   * One line of "Nơi nhận".
   *
   * @param purpose {@code IMPLEMENT}, {@code INFORMATION}, {@code REPORT_TO} or {@code ARCHIVE}
   * @param purposeStated false when the line names no purpose and IMPLEMENT is the convention
   */
  public record Recipient(String name, String purpose, boolean purposeStated, Span source) {}

  /**
   * The signature block.
   *
   * @param authorities "T/M BAN THƯỜNG VỤ", "KT. BÍ THƯ"… top down, each split into {@code
   *     Authority}
   * @param position e.g. "PHÓ BÍ THƯ"; null when not found
   * @param name e.g. "Trần Hồng Quảng"; null when not found
   */
  public record Signer(List<Authority> authorities, String position, String name) {}

  /**
   * @param kind {@code T/M}, {@code KT.}, {@code Q.}, {@code TL.} or {@code TUQ.}
   */
  public record Authority(String kind, String of) {}

  /**
   * A document the text cites: "Nghị quyết số 25-NQ/TW, ngày 03/6/2013 của Ban Chấp hành Trung ương
   * Đảng".
   *
   * @param docType DocType code when chidao knows the kind, else null ("Nghị định")
   * @param date null when the citation gives none
   * @param issuer null when the citation names none
   * @param mentions how many times the text cites this symbol
   */
  public record Citation(
      String kind,
      String docType,
      String symbol,
      LocalDate date,
      String issuer,
      int mentions,
      Span source) {}

  /**
   * A reporting demand ("Định kỳ 6 tháng, hàng năm báo cáo kết quả về Ban Thường vụ Tỉnh ủy (qua
   * Ban Dân vận Tỉnh ủy)").
   *
   * @param frequencies in the contracts' vocabulary ({@code SIX_MONTH}, {@code ANNUAL}…); empty
   *     when the text only says "định kỳ"
   * @param due the deadline rule, null when the text gives none
   * @param reportTo the receiving body as written, null when not named
   * @param via the body the report passes through, null when none
   * @param requirements the demand as reporting requirements, one per frequency, for the user to
   *     confirm and to map the named bodies to units
   */
  public record ReportingDemand(
      List<String> frequencies,
      Due due,
      String reportTo,
      String via,
      List<Requirement> requirements,
      Span source) {}

  /**
   * A due rule in the vocabulary of the contracts' {@code DueRule}, with its text.
   *
   * @param month the calendar month the text names ("15 tháng 12" → 12), null otherwise; turned
   *     into {@code monthsAfterCutoff} per frequency
   * @param monthsAfterCutoff set once the frequency is known
   */
  public record Due(
      String kind,
      Integer day,
      Integer month,
      Integer monthsAfterCutoff,
      Integer days,
      Boolean workingDays,
      Span source) {

    /**
     * This rule for periods of {@code frequency}, cut off in their last month on the 14th (the
     * default): "15 tháng 12" is 0 months after an annual or 6-month cut-off (June and December),
     * "15 tháng 1" is 1 month after the annual one. A one-off report needs a date the text does not
     * give, so it gets no rule.
     */
    public Due forFrequency(String frequency) {
      if (month == null) {
        return this;
      }
      Integer after =
          switch (frequency) {
            case "MONTHLY" -> 0;
            case "QUARTERLY" -> month % 3;
            case "SIX_MONTH" -> month % 6;
            case "NINE_MONTH" -> (month + 3) % 12;
            case "ANNUAL" -> month % 12;
            default -> null;
          };
      return after == null ? null : new Due(kind, day, month, after, days, workingDays, source);
    }
  }

  /**
   * The fields of the contracts' {@code ReportingRequirement} that text can give; unit ids are left
   * to the user, who maps {@code reportToText} and {@code viaText} to units.
   */
  public record Requirement(
      String requirementId,
      String title,
      String frequency,
      Integer cutoffDay,
      Due due,
      String reportToText,
      String viaText) {}
}
