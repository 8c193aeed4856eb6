package vn.chidao.directive.textimport.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chidao.directive.issue.model.DocType;
import vn.chidao.directive.textimport.model.SourceText.Cell;
import vn.chidao.directive.textimport.model.SourceText.Line;

/**
 * The top of a document: issuing body, number and symbol, place and date, the title (the kind of
 * document) and the subject (trích yếu) under it.
 */
final class HeaderParser {

  /** Lines looked at before the title, at most: a header is never longer. */
  private static final int HEADER_LINES = 20;

  /** A line this long is body text, not header or subject. */
  private static final int BODY_LINE = 250;

  private static final Pattern PLACE_DATE =
      Pattern.compile(
          "([\\p{L}][\\p{L} .'\\-]{0,60}?)\\s*,\\s*ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})");
  private static final Pattern SEPARATOR = Pattern.compile("^[\\s_\\-–—=*.~]{3,}$|^\\*$");
  private static final List<String> MOTTOS =
      List.of(
          "dang cong san viet nam",
          "cong hoa xa hoi chu nghia viet nam",
          "doc lap - tu do - hanh phuc",
          "doc lap – tu do – hanh phuc");
  private static final Pattern PLACE_LEVEL =
      Pattern.compile("^(tinh|thanh pho|xa|phuong|huyen|quan|thi xa|dac khu) ");
  private static final Pattern BODY_WORD =
      Pattern.compile("\\b(uy|ban|dang|hoi dong|so|van phong|chi bo|cuc|bo)\\b");
  private static final Pattern MARK =
      Pattern.compile("^(khan|thuong khan|hoa toc|mat|toi mat|tuyet mat)$");

  private final SourceText text;
  private final List<Line> lines;

  HeaderParser(SourceText text) {
    this.text = text;
    this.lines = text.lines();
  }

  /** The title line: the kind of document in capitals ("THÔNG TRI"), within the first lines. */
  Optional<Line> titleLine() {
    int seen = 0;
    for (Line line : lines) {
      if (line.isBlank()) {
        continue;
      }
      if (++seen > HEADER_LINES + 5) {
        return Optional.empty();
      }
      if (typeOfTitle(line.stripped()).isPresent()) {
        return Optional.of(line);
      }
    }
    return Optional.empty();
  }

  List<Extracted> parse() {
    Optional<Line> title = titleLine();
    int headerEnd = title.map(Line::index).orElse(Math.min(lines.size(), HEADER_LINES));
    List<Cell> header = new ArrayList<>();
    for (Line line : lines.subList(0, headerEnd)) {
      if (line.text().length() >= BODY_LINE) {
        break;
      }
      header.addAll(text.cells(line));
    }
    List<Extracted> fields = new ArrayList<>();
    fields.add(new NumberParser(text).parse(header));
    fields.add(issuingBody(header, title));
    fields.add(placeAndDate(header));
    fields.add(docType(title));
    fields.add(subject(title, header));
    return fields;
  }

  private Extracted issuingBody(List<Cell> header, Optional<Line> title) {
    List<Cell> body = new ArrayList<>();
    for (Cell cell : header) {
      String folded = VietnameseText.fold(cell.text());
      boolean skip =
          MOTTOS.contains(folded.replaceAll("\\s+", " "))
              || SEPARATOR.matcher(cell.text()).matches()
              || MARK.matcher(folded).matches()
              || cell.text().startsWith("Số")
              || folded.startsWith("v/v")
              || PLACE_DATE.matcher(cell.text()).find()
              || !VietnameseText.isUpperCase(cell.text());
      if (!skip) {
        body.add(cell);
      }
    }
    if (body.isEmpty()) {
      // No header: "THÔNG TRI / CỦA BAN THƯỜNG VỤ TỈNH ỦY" names its issuer under the title.
      Optional<Cell> of = title.flatMap(this::issuerUnderTitle);
      if (of.isPresent()) {
        Cell cell = of.get();
        int offset = cell.text().indexOf(' ') + 1;
        String name = cell.text().substring(offset).strip();
        return Extracted.present(
            "issuingBody",
            new Values.IssuingBody(name, List.of(name)),
            text.span(cell.start() + offset, cell.end()));
      }
      return Extracted.absent("issuingBody");
    }
    List<String> names = body.stream().map(Cell::text).toList();
    Cell first = body.get(0);
    Cell last = body.get(body.size() - 1);
    return Extracted.present(
        "issuingBody",
        new Values.IssuingBody(nameOf(names), names),
        text.span(first.start(), last.end()));
  }

  /**
   * The body itself: the last header line ("ĐẢNG BỘ TỈNH NINH BÌNH / TỈNH ỦY" → "TỈNH ỦY"), unless
   * that line only places the one above ("ỦY BAN NHÂN DÂN / TỈNH ĐỒNG NAI" → both together).
   */
  static String nameOf(List<String> lines) {
    String last = lines.get(lines.size() - 1);
    String folded = VietnameseText.fold(last);
    boolean placeOnly = PLACE_LEVEL.matcher(folded).find() && !BODY_WORD.matcher(folded).find();
    return placeOnly && lines.size() > 1 ? lines.get(lines.size() - 2) + " " + last : last;
  }

  private Optional<Cell> issuerUnderTitle(Line title) {
    return next(title)
        .flatMap(line -> text.cells(line).stream().findFirst())
        .filter(cell -> VietnameseText.fold(cell.text()).startsWith("cua "))
        .filter(cell -> VietnameseText.isUpperCase(cell.text()));
  }

  private Extracted placeAndDate(List<Cell> header) {
    for (Cell cell : header) {
      Matcher m = PLACE_DATE.matcher(cell.text());
      if (m.find()) {
        var date = VietnameseText.date(m.group(2), m.group(3), m.group(4));
        if (date.isPresent()) {
          return Extracted.present(
              "placeAndDate",
              new Values.PlaceAndDate(m.group(1).strip(), date.get()),
              text.span(cell.start() + m.start(), cell.start() + m.end()));
        }
      }
    }
    return Extracted.absent("placeAndDate");
  }

  private Extracted docType(Optional<Line> title) {
    if (title.isEmpty()) {
      return Extracted.absent("docType");
    }
    Line line = title.get();
    String stripped = line.stripped();
    int start = line.start() + line.text().indexOf(stripped);
    DocType type = typeOfTitle(stripped).orElseThrow();
    return Extracted.present(
        "docType",
        new Values.DocumentType(type.code(), type.label()),
        text.span(start, start + stripped.length()));
  }

  /**
   * The lines under the title up to a separator rule or the body: single blank lines may split it;
   * a "CỦA …" line naming the issuer is not part of it. A Công văn has no title; its subject is the
   * "V/v …" line of the header.
   */
  private Extracted subject(Optional<Line> title, List<Cell> header) {
    if (title.isEmpty()) {
      for (Cell cell : header) {
        if (VietnameseText.fold(cell.text()).startsWith("v/v")) {
          return Extracted.present(
              "subject", VietnameseText.oneLine(cell.text()), text.span(cell.start(), cell.end()));
        }
      }
      return Extracted.absent("subject");
    }
    List<Line> parts = new ArrayList<>();
    Line line = title.get();
    Optional<Line> issuer = issuerUnderTitle(line).map(Cell::line);
    while ((line = next(line).orElse(null)) != null && parts.size() < 6) {
      String stripped = line.stripped();
      if (SEPARATOR.matcher(line.text()).matches() || stripped.length() >= BODY_LINE) {
        break;
      }
      if (issuer.isPresent() && issuer.get().equals(line)) {
        continue;
      }
      parts.add(line);
      Optional<Line> after = nextAfterBlanks(line);
      boolean blankBetween = after.isPresent() && after.get().index() > line.index() + 1;
      if (after.isEmpty()
          || after.get().text().length() >= BODY_LINE
          || (blankBetween && startsBody(after.get().stripped()))) {
        break;
      }
    }
    if (parts.isEmpty()) {
      return Extracted.absent("subject");
    }
    Line first = parts.get(0);
    Line last = parts.get(parts.size() - 1);
    String joined =
        VietnameseText.oneLine(String.join(" ", parts.stream().map(Line::text).toList()));
    int start = first.start() + first.text().indexOf(first.stripped());
    int end = last.start() + last.text().indexOf(last.stripped()) + last.stripped().length();
    return Extracted.present("subject", joined, text.span(start, end));
  }

  private static boolean startsBody(String line) {
    String folded = VietnameseText.fold(line);
    return folded.startsWith("thuc hien")
        || folded.startsWith("can cu")
        || folded.startsWith("kinh gui")
        || folded.matches("^(\\d+|[ivx]+)\\.\\s.*");
  }

  /** The next non-blank line. */
  private Optional<Line> next(Line line) {
    return nextAfterBlanks(line);
  }

  private Optional<Line> nextAfterBlanks(Line line) {
    for (int i = line.index() + 1; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        return Optional.of(lines.get(i));
      }
    }
    return Optional.empty();
  }

  /** "THÔNG TRI", "BÁO CÁO", "QUYẾT ĐỊNH"… alone on their line (bold markers allowed). */
  static Optional<DocType> typeOfTitle(String line) {
    String cleaned = line.replace("*", "").strip();
    if (!VietnameseText.isUpperCase(cleaned)) {
      return Optional.empty();
    }
    String folded = VietnameseText.fold(cleaned).replaceAll("\\s+", " ");
    for (DocType type : DocType.values()) {
      if (VietnameseText.fold(type.label()).equals(folded)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
