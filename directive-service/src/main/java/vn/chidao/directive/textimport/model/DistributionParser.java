package vn.chidao.directive.textimport.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chidao.directive.textimport.model.SourceText.Cell;
import vn.chidao.directive.textimport.model.SourceText.Line;

/**
 * The foot of a document: the distribution list ("Nơi nhận:" and its "- …" lines, each with its
 * purpose) and the signature block ("T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ / Trần Hồng Quảng"), which a
 * converted two-column layout may put side by side on the same lines.
 */
final class DistributionParser {

  private static final Pattern RECIPIENTS_HEADING =
      Pattern.compile("^\\*{0,2}\\s*Nơi nhận\\s*:?\\s*\\*{0,2}", Pattern.CASE_INSENSITIVE);
  private static final Pattern ENTRY = Pattern.compile("^[-+•–]\\s*(.+)$");
  private static final Pattern AUTHORITY =
      Pattern.compile("^(T/M|TM\\.?|KT\\.?|K/T|Q\\.|TL\\.|TUQ\\.)\\s+(\\p{Lu}.*)$");
  private static final Pattern REPORT_TO =
      Pattern.compile(
          "\\((?:để\\s+)?(?:b/c|báo cáo|bc)\\)|để\\s+(?:b/c|báo cáo)", Pattern.CASE_INSENSITIVE);
  private static final Pattern INFORMATION =
      Pattern.compile(
          "\\((?:để\\s+)?(?:biết|b/)\\)|để\\s+biết|\\(đ/b\\)|\\(t/d\\)|để\\s+theo dõi",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern IMPLEMENT =
      Pattern.compile(
          "\\((?:để\\s+)?(?:thực hiện|t/h|th)\\)|để\\s+thực hiện|\\(để\\s+chỉ đạo\\)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ARCHIVE =
      Pattern.compile("^Lưu\\b\\s*:?\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern PURPOSE_NOTE = Pattern.compile("\\s*\\([^)]*\\)\\s*$");
  private static final Pattern POSITION_WORDS =
      Pattern.compile("BÍ THƯ|CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG|CHÁNH|THỦ TRƯỞNG|PHÓ|ỦY VIÊN|TỔNG");
  private static final Pattern PERSON_NAME =
      Pattern.compile("^\\p{Lu}[\\p{Ll}\\p{M}]*(?:\\s+\\p{Lu}[\\p{Ll}\\p{M}]*){1,5}$");

  private final SourceText text;

  DistributionParser(SourceText text) {
    this.text = text;
  }

  List<Extracted> parse() {
    List<Line> lines = text.lines();
    Optional<Cell> heading = heading(lines);
    List<Extracted> fields = new ArrayList<>();
    fields.add(recipients(lines, heading));
    fields.add(signer(lines, heading));
    return fields;
  }

  private Optional<Cell> heading(List<Line> lines) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      for (Cell cell : text.cells(lines.get(i))) {
        if (RECIPIENTS_HEADING.matcher(cell.text()).find()) {
          return Optional.of(cell);
        }
      }
    }
    return Optional.empty();
  }

  /** The "- …" lines under the heading (other cells on those lines belong to the signature). */
  private Extracted recipients(List<Line> lines, Optional<Cell> heading) {
    if (heading.isEmpty()) {
      return Extracted.absent("recipients");
    }
    Cell head = heading.get();
    List<Values.Recipient> found = new ArrayList<>();
    int end = head.end();
    for (Line line : lines.subList(head.line().index() + 1, lines.size())) {
      List<Cell> cells = text.cells(line);
      if (cells.isEmpty()) {
        continue;
      }
      Matcher entry = ENTRY.matcher(cells.get(0).text());
      if (!entry.matches()) {
        break;
      }
      Cell cell = cells.get(0);
      found.add(recipient(cell, cell.start() + entry.start(1)));
      end = cell.end();
    }
    if (found.isEmpty()) {
      return Extracted.absent("recipients");
    }
    return Extracted.present("recipients", List.copyOf(found), text.span(head.start(), end));
  }

  private Values.Recipient recipient(Cell cell, int nameStart) {
    String entry = text.value().substring(nameStart, cell.end()).replaceAll("[,.;]+$", "").strip();
    Span source = text.span(nameStart, nameStart + entry.length());
    Matcher archive = ARCHIVE.matcher(entry);
    if (archive.find()) {
      String name = entry.substring(archive.end()).strip();
      return new Values.Recipient(name.isEmpty() ? entry : name, "ARCHIVE", true, source);
    }
    String name = PURPOSE_NOTE.matcher(entry).replaceAll("").strip();
    if (REPORT_TO.matcher(entry).find()) {
      return new Values.Recipient(strip(name, REPORT_TO), "REPORT_TO", true, source);
    }
    if (INFORMATION.matcher(entry).find()) {
      return new Values.Recipient(strip(name, INFORMATION), "INFORMATION", true, source);
    }
    if (IMPLEMENT.matcher(entry).find()) {
      return new Values.Recipient(strip(name, IMPLEMENT), "IMPLEMENT", true, source);
    }
    // A unit listed without a note receives the document to carry it out.
    return new Values.Recipient(name, "IMPLEMENT", false, source);
  }

  private static String strip(String name, Pattern note) {
    return note.matcher(name).replaceAll("").replaceAll("[,.;]+$", "").strip();
  }

  /**
   * The block of authority lines ("T/M …", "KT. …"), then the position in capitals, then the
   * signer's name. Looked for from the distribution list on (and beside it), else over the whole
   * text, the last block winning.
   */
  private Extracted signer(List<Line> lines, Optional<Cell> heading) {
    int from = heading.map(cell -> Math.max(0, cell.line().index() - 8)).orElse(0);
    // Every cell of the foot but the distribution list itself, in reading order.
    List<Cell> cells = new ArrayList<>();
    for (Line line : lines.subList(from, lines.size())) {
      for (Cell cell : text.cells(line)) {
        String cleaned = clean(cell.text());
        if (!ENTRY.matcher(cleaned).matches() && !RECIPIENTS_HEADING.matcher(cleaned).find()) {
          cells.add(cell);
        }
      }
    }
    cells.sort((a, b) -> Integer.compare(a.start(), b.start()));
    int blockStart = -1;
    for (int i = cells.size() - 1; i >= 0; i--) {
      if (AUTHORITY.matcher(clean(cells.get(i).text())).matches()) {
        blockStart = i;
        while (blockStart > 0
            && AUTHORITY.matcher(clean(cells.get(blockStart - 1).text())).matches()) {
          blockStart--;
        }
        break;
      }
    }
    if (blockStart < 0) {
      blockStart = positionOnly(cells, heading.isPresent());
      if (blockStart < 0) {
        return Extracted.absent("signer");
      }
    }
    List<Values.Authority> authorities = new ArrayList<>();
    int i = blockStart;
    for (; i < cells.size(); i++) {
      Matcher m = AUTHORITY.matcher(clean(cells.get(i).text()));
      if (!m.matches()) {
        break;
      }
      authorities.add(new Values.Authority(kindOf(m.group(1)), m.group(2).strip()));
    }
    String position = null;
    String name = null;
    int end = cleanEnd(cells.get(Math.max(blockStart, i - 1)));
    if (i < cells.size() && isPosition(clean(cells.get(i).text()))) {
      position = clean(cells.get(i).text());
      end = cleanEnd(cells.get(i));
      i++;
    }
    // The signature itself leaves blank lines; the name follows, unless the text stops first.
    for (int k = i; k < Math.min(cells.size(), i + 3); k++) {
      String candidate = clean(cells.get(k).text());
      if (PERSON_NAME.matcher(candidate).matches()) {
        name = candidate;
        end = cleanEnd(cells.get(k));
        break;
      }
    }
    Cell first = cells.get(blockStart);
    int start =
        first.start() + (first.text().length() - first.text().replaceAll("^[*\\s]+", "").length());
    return Extracted.present(
        "signer",
        new Values.Signer(List.copyOf(authorities), position, name),
        text.span(start, end));
  }

  /** A State-style block without authority: a position in capitals followed by a name. */
  private static int positionOnly(List<Cell> cells, boolean afterHeading) {
    if (!afterHeading) {
      return -1;
    }
    for (int i = cells.size() - 2; i >= 0; i--) {
      if (isPosition(clean(cells.get(i).text()))
          && PERSON_NAME.matcher(clean(cells.get(i + 1).text())).matches()) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isPosition(String cell) {
    return cell.length() <= 60
        && VietnameseText.isUpperCase(cell)
        && POSITION_WORDS.matcher(cell).find();
  }

  private static String kindOf(String raw) {
    return switch (raw) {
      case "T/M", "TM", "TM." -> "T/M";
      case "KT", "KT.", "K/T" -> "KT.";
      default -> raw;
    };
  }

  /** Where a cell's text ends without trailing bold markers. */
  private static int cleanEnd(Cell cell) {
    return cell.start() + cell.text().replaceAll("[*\\s]+$", "").length();
  }

  /** Without bold markers ("**T/M BAN THƯỜNG VỤ") a converter may leave. */
  private static String clean(String cell) {
    return cell.replace("*", "").strip();
  }
}
