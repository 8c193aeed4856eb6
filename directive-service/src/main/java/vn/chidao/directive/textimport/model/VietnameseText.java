package vn.chidao.directive.textimport.model;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Small helpers for Vietnamese administrative text. */
final class VietnameseText {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private VietnameseText() {}

  /** Folded form of every char below {@link #TABLE_SIZE} (Latin, Vietnamese, punctuation). */
  private static final int TABLE_SIZE = 0x2100;

  private static final char[] FOLDED = foldTable();

  /**
   * Lower case without diacritics, đ→d, same length as the input for precomposed (NFC) text, so
   * that offsets found in the folded text are offsets in the original. A table lookup per char: the
   * text is folded once per import and may be long.
   */
  static String fold(String text) {
    char[] out = text.toCharArray();
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      out[i] = c < TABLE_SIZE ? FOLDED[c] : Character.toLowerCase(c);
    }
    return new String(out);
  }

  private static char[] foldTable() {
    char[] table = new char[TABLE_SIZE];
    for (char c = 0; c < TABLE_SIZE; c++) {
      table[c] = foldOne(c);
    }
    return table;
  }

  private static char foldOne(char c) {
    if (c == 'đ' || c == 'Đ' || c == 'Ð') {
      return 'd';
    }
    String base =
        MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)).replaceAll("");
    return base.length() == 1 ? base.toLowerCase(Locale.ROOT).charAt(0) : Character.toLowerCase(c);
  }

  /** True when every letter is upper case and there is at least one. */
  static boolean isUpperCase(String text) {
    boolean letter = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letter = true;
        if (Character.isLowerCase(c)) {
          return false;
        }
      }
    }
    return letter;
  }

  /** A valid calendar date, or empty ("30/02/2021" is no date). */
  static Optional<LocalDate> date(String day, String month, String year) {
    try {
      return Optional.of(
          LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException notADate) {
      return Optional.empty();
    }
  }

  /** Collapses whitespace runs to one space. */
  static String oneLine(String text) {
    return text.replaceAll("[\\s\\p{Z}]+", " ").strip();
  }
}
