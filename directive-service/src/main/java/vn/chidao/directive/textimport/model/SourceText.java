package vn.chidao.directive.textimport.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text being imported, normalised once so that every offset refers to the same characters:
 * Unicode NFC (text pasted from some editors carries combining marks), line ends as {@code \n} (no
 * CR), no byte-order mark. Split into lines, and lines into cells: a two-column header or signature
 * converted from an office file puts both columns on one line, separated by tabs or long runs of
 * spaces.
 */
public final class SourceText {

  private static final Pattern CELL_BREAK = Pattern.compile("\\t+|\\s{3,}");

  private final String value;
  private final List<Line> lines;

  /** A line (without its line end) at {@code [start, end)}. */
  public record Line(int index, int start, int end, String text) {

    public boolean isBlank() {
      return text.isBlank();
    }

    public String stripped() {
      return text.strip();
    }
  }

  /** A piece of a line between column breaks, trimmed, at {@code [start, end)}. */
  public record Cell(Line line, int start, int end, String text) {}

  public SourceText(String raw) {
    String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
    text = text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n');
    this.value = text;
    List<Line> found = new ArrayList<>();
    int start = 0;
    int index = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      found.add(new Line(index++, start, end, text.substring(start, end)));
      start = end + 1;
    }
    this.lines = List.copyOf(found);
  }

  public String value() {
    return value;
  }

  public List<Line> lines() {
    return lines;
  }

  /** The non-blank pieces of a line, in order. */
  public List<Cell> cells(Line line) {
    List<Cell> cells = new ArrayList<>();
    Matcher breaks = CELL_BREAK.matcher(line.text());
    int from = 0;
    while (true) {
      boolean more = breaks.find();
      int to = more ? breaks.start() : line.text().length();
      addCell(cells, line, from, to);
      if (!more) {
        return cells;
      }
      from = breaks.end();
    }
  }

  private static void addCell(List<Cell> cells, Line line, int from, int to) {
    String piece = line.text().substring(from, to);
    int lead = piece.length() - piece.stripLeading().length();
    String text = piece.strip();
    if (!text.isEmpty()) {
      int start = line.start() + from + lead;
      cells.add(new Cell(line, start, start + text.length(), text));
    }
  }

  Span span(int start, int end) {
    return Span.of(this, start, end);
  }
}
