package vn.chidao.directive.issue.model;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Vietnamese text folded for search without diacritics: "Đảng ủy" and "dang uy" fold to the same
 * string, whichever keyboard (precomposed NFC or combining NFD marks) typed them. A directive's
 * symbol, subject and body are stored folded once, at issue time; a query is folded the same way
 * and each of its words must occur in that text.
 */
public final class SearchText {

  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

  private SearchText() {}

  /**
   * Strips tone and vowel marks (NFD, then drops combining marks), folds đ/Đ to d (a letter of its
   * own that no normalisation decomposes) and lower-cases; runs of whitespace (also no-break
   * spaces) become one space.
   */
  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    String unmarked = COMBINING_MARKS.matcher(decomposed).replaceAll("");
    String folded =
        unmarked
            .replace('đ', 'd')
            .replace('Đ', 'd')
            // Ð (Latin eth) is what some keyboards and OCR produce for Đ.
            .replace('Ð', 'd')
            .toLowerCase(Locale.ROOT);
    return WHITESPACE.matcher(folded).replaceAll(" ").strip();
  }

  /** The text a directive is found by: its symbol, subject and body, folded. */
  public static String of(String symbol, String subject, String body) {
    return Stream.of(symbol, subject, body)
        .filter(Objects::nonNull)
        .map(SearchText::fold)
        .filter(part -> !part.isEmpty())
        .collect(Collectors.joining(" "));
  }

  /** The distinct folded words of a query, in order; empty when it has none. */
  public static List<String> words(String query) {
    String folded = fold(query);
    if (folded.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(folded.split(" ")).distinct().toList();
  }
}
