package vn.chidao.directive.textimport.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chidao.directive.issue.model.DocType;

/**
 * Documents the text cites by kind and symbol: "Nghị quyết số 25-NQ/TW, ngày 03/6/2013 của Ban Chấp
 * hành Trung ương Đảng", "Chỉ thị số 33/CT-TTg", "Kết luận 114- KL/TW" (symbols copied from office
 * files carry stray spaces, which are dropped). One entry per symbol, from its most complete
 * mention, counting all.
 */
final class CitationParser {

  private static final String KINDS =
      "Nghị quyết liên tịch|Nghị quyết|Kết luận|Chỉ thị|Thông tri|Kế hoạch|Chương trình|Công văn"
          + "|Hướng dẫn liên tịch|Hướng dẫn|Quy chế|Quyết định|Quy định|Thông báo|Báo cáo"
          + "|Nghị định|Thông tư liên tịch|Thông tư|Luật|Pháp lệnh|Đề án|Tờ trình";
  private static final String PARTY_SYMBOL =
      "\\d{1,6}[a-z]?\\s*-\\s*\\p{Lu}[\\p{L}]*\\s*/\\s*\\p{Lu}[\\p{L}\\p{N}]*(?:-\\p{Lu}[\\p{L}\\p{N}]*)*";
  private static final String STATE_SYMBOL =
      "\\d{1,6}[a-z]?\\s*/\\s*(?:\\d{4}\\s*/\\s*)?\\p{Lu}[\\p{L}\\p{N}]*(?:-\\p{Lu}[\\p{L}\\p{N}]*)*";
  private static final String NUMERIC_DATE =
      "(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})";
  private static final String WORDED_DATE = "(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})";
  private static final Pattern CITATION =
      Pattern.compile(
          // The first letters of the kinds, checked first: most positions fail on one char.
          "(?=[NKCTQHBLPĐ])(?<kind>"
              + KINDS
              + ")\\s+(?:số\\s+)?(?<symbol>"
              + PARTY_SYMBOL
              + "|"
              + STATE_SYMBOL
              + ")(?:\\s*,?\\s*ngày\\s+(?:"
              + NUMERIC_DATE
              + "|"
              + WORDED_DATE
              + "))?(?:\\s+của\\s+(?<issuer>\\p{Lu}[^,;.(“\"]*?)(?=\\s+về\\s|\\s+thực hiện\\s|\\s*[,;.(“\"]|\\s*$))?",
          Pattern.MULTILINE);

  private final SourceText text;

  CitationParser(SourceText text) {
    this.text = text;
  }

  Extracted parse() {
    Map<String, List<Values.Citation>> bySymbol = new LinkedHashMap<>();
    Matcher m = CITATION.matcher(text.value());
    while (m.find()) {
      String kind = m.group("kind");
      String symbol = m.group("symbol").replaceAll("\\s+", "");
      LocalDate date = dateOf(m);
      String issuer = m.group("issuer") == null ? null : VietnameseText.oneLine(m.group("issuer"));
      String docType = docTypeOf(kind);
      bySymbol
          .computeIfAbsent(symbol, any -> new ArrayList<>())
          .add(
              new Values.Citation(
                  kind, docType, symbol, date, issuer, 1, text.span(m.start(), m.end())));
    }
    if (bySymbol.isEmpty()) {
      return Extracted.absent("citations");
    }
    List<Values.Citation> citations = new ArrayList<>();
    bySymbol.forEach(
        (symbol, mentions) -> {
          Values.Citation best = mentions.get(0);
          for (Values.Citation mention : mentions) {
            if (completeness(mention) > completeness(best)) {
              best = mention;
            }
          }
          citations.add(
              new Values.Citation(
                  best.kind(),
                  best.docType(),
                  symbol,
                  best.date(),
                  best.issuer(),
                  mentions.size(),
                  best.source()));
        });
    return Extracted.present("citations", List.copyOf(citations), null);
  }

  private static int completeness(Values.Citation citation) {
    return (citation.date() == null ? 0 : 2) + (citation.issuer() == null ? 0 : 1);
  }

  private static LocalDate dateOf(Matcher m) {
    if (m.group(3) != null) {
      return VietnameseText.date(m.group(3), m.group(4), m.group(5)).orElse(null);
    }
    if (m.group(6) != null) {
      return VietnameseText.date(m.group(6), m.group(7), m.group(8)).orElse(null);
    }
    return null;
  }

  private static String docTypeOf(String kind) {
    for (DocType type : DocType.values()) {
      if (type.label().equals(kind)) {
        return type.code();
      }
    }
    return null;
  }
}
