package vn.chidao.reporting.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.chidao.reporting.tally.model.Totals;

/**
 * A unit's report laid out as a Party document (Hướng dẫn 36-HD/VPTW): what goes in each part of
 * the page, already worded. Built from plain values so that the wording can be tested without a
 * database; {@link ReportDocx} only places it on the page.
 *
 * @param superior the issuer's superior as the header's first line ("ĐẢNG BỘ TỈNH KON TUM"), null
 *     for a body directly under the centre
 * @param issuer the issuing body in capitals ("ĐẢNG ỦY XÃ ĐĂK HÀ")
 * @param number "Số 12-BC/ĐU", or "Số -BC/ĐU" with the number left blank for the clerk
 * @param placeAndDate "Kon Tum, ngày tháng năm 2026" (day and month left for the clerk)
 * @param subject the line under "BÁO CÁO"
 * @param opening the sentence that says what is reported and why
 * @param sections the template's sections in order, each with its heading and paragraphs
 * @param figures the rolled-up indicators, shown as a table
 * @param recipients the lines of "Nơi nhận:"
 */
public record OfficialReport(
    String superior,
    String issuer,
    String number,
    String placeAndDate,
    String subject,
    String opening,
    List<Section> sections,
    List<Totals.IndicatorFigure> figures,
    List<String> recipients,
    String authority,
    String position,
    String signer) {

  static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  public record Section(String heading, List<String> paragraphs) {}

  /** What a report is built from. */
  public record Facts(
      String unitName,
      String issuerAbbr,
      String parentName,
      boolean parentIsCentre,
      String provinceName,
      String reportNumber,
      String requirementTitle,
      String periodLabel,
      String directiveSymbol,
      String directiveSubject,
      String directiveIssuer,
      List<SectionText> sections,
      List<Totals.IndicatorFigure> figures,
      String reportToName,
      String viaName,
      LocalDate today) {}

  /** A template section with the text to print under it (empty when nothing was written). */
  public record SectionText(String title, String text) {}

  public static OfficialReport of(Facts f) {
    String abbr = f.issuerAbbr() == null || f.issuerAbbr().isBlank() ? "…" : f.issuerAbbr();
    String number =
        f.reportNumber() != null && !f.reportNumber().isBlank()
            ? "Số " + f.reportNumber()
            : "Số      -BC/" + abbr;
    String place = place(f.provinceName());
    String date =
        (place == null ? "…………" : place) + ", ngày      tháng      năm " + f.today().getYear();
    List<Section> sections = new ArrayList<>();
    for (int i = 0; i < f.sections().size(); i++) {
      SectionText s = f.sections().get(i);
      List<String> paragraphs = new ArrayList<>();
      if (s.text() != null) {
        for (String line : s.text().split("\\R")) {
          if (!line.isBlank()) {
            paragraphs.add(line.strip());
          }
        }
      }
      sections.add(new Section(roman(i + 1) + ". " + upper(s.title()), paragraphs));
    }
    List<String> recipients = new ArrayList<>();
    if (f.reportToName() != null) {
      recipients.add("- " + f.reportToName() + " (b/c),");
    }
    if (f.viaName() != null) {
      recipients.add("- " + f.viaName() + " (b/c),");
    }
    recipients.add("- Lưu Văn phòng.");
    return new OfficialReport(
        f.parentIsCentre() || f.parentName() == null ? null : superiorLine(f.parentName()),
        upper(f.unitName()),
        number,
        date,
        subject(f.requirementTitle(), f.periodLabel()),
        opening(f),
        sections,
        f.figures(),
        recipients,
        "T/M BAN THƯỜNG VỤ",
        "BÍ THƯ",
        "(Ký, ghi rõ họ tên)");
  }

  /**
   * The header line above the issuer names its superior party organisation: "Tỉnh ủy Kon Tum" →
   * "ĐẢNG BỘ TỈNH KON TUM", "Đảng ủy xã Đăk Hà" → "ĐẢNG BỘ XÃ ĐĂK HÀ"; other names in capitals.
   */
  static String superiorLine(String parentName) {
    String name = parentName.strip();
    for (String[] rename :
        new String[][] {
          {"Tỉnh ủy ", "Đảng bộ tỉnh "},
          {"Tỉnh uỷ ", "Đảng bộ tỉnh "},
          {"Thành ủy ", "Đảng bộ thành phố "},
          {"Thành uỷ ", "Đảng bộ thành phố "},
          {"Đảng ủy ", "Đảng bộ "},
          {"Đảng uỷ ", "Đảng bộ "}
        }) {
      if (name.regionMatches(true, 0, rename[0], 0, rename[0].length())) {
        name = rename[1] + name.substring(rename[0].length());
        break;
      }
    }
    return upper(name);
  }

  /** The place on the date line: the province's name without "Tỉnh ủy"/"Thành ủy". */
  static String place(String provinceName) {
    if (provinceName == null) {
      return null;
    }
    String name = provinceName.strip();
    for (String prefix :
        List.of("Tỉnh ủy ", "Tỉnh uỷ ", "Thành ủy ", "Thành uỷ ", "Đảng bộ tỉnh ", "Đảng bộ ")) {
      if (name.regionMatches(true, 0, prefix, 0, prefix.length())) {
        return name.substring(prefix.length()).strip();
      }
    }
    return name;
  }

  /** "Báo cáo kết quả công tác dân vận năm" + "năm 2026" → "kết quả công tác dân vận năm 2026". */
  static String subject(String title, String periodLabel) {
    String subject = title == null ? "" : title.strip();
    if (subject.regionMatches(true, 0, "Báo cáo ", 0, 8)) {
      subject = subject.substring(8);
    }
    if (periodLabel != null && !periodLabel.isBlank()) {
      String firstWord = periodLabel.split(" ")[0];
      // "… năm" followed by "năm 2026" would say "năm" twice.
      if (subject.endsWith(" " + firstWord)) {
        subject = subject.substring(0, subject.length() - firstWord.length() - 1);
      }
      subject = subject + " " + periodLabel;
    }
    return subject.isEmpty()
        ? subject
        : subject.substring(0, 1).toLowerCase(VIETNAMESE) + subject.substring(1);
  }

  private static String opening(Facts f) {
    StringBuilder text = new StringBuilder("Thực hiện");
    if (f.directiveSymbol() != null) {
      text.append(" văn bản số ").append(f.directiveSymbol());
    } else {
      text.append(" yêu cầu báo cáo");
    }
    if (f.directiveIssuer() != null) {
      text.append(" của ").append(f.directiveIssuer());
    }
    if (f.directiveSubject() != null && !f.directiveSubject().isBlank()) {
      String subject = f.directiveSubject().strip();
      text.append(' ')
          .append(subject.substring(0, 1).toLowerCase(VIETNAMESE))
          .append(subject.substring(1));
    }
    text.append(", ").append(f.unitName()).append(" báo cáo như sau:");
    return text.toString();
  }

  static String upper(String text) {
    return text == null ? "" : text.toUpperCase(VIETNAMESE);
  }

  static String roman(int n) {
    String[] thousands = {"", "M", "MM", "MMM"};
    String[] hundreds = {"", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"};
    String[] tens = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
    String[] ones = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    return thousands[n / 1000] + hundreds[n % 1000 / 100] + tens[n % 100 / 10] + ones[n % 10];
  }
}
