package vn.chidao.identity.org.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text to a search key without diacritics, so "dang uy xa" finds "Đảng ủy xã".
 * Decomposition (NFD) separates most marks from their letters; đ/Đ are letters of their own, not d
 * with a mark, so they are mapped explicitly.
 */
public final class NameFolding {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private NameFolding() {}

  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
    return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
