package vn.chidao.directive.org;

import java.util.regex.Pattern;

/**
 * A materialized path as an anchored regex that matches the path and everything below it. Every
 * character but letters, digits and {@code /} is escaped, so ids are matched literally; an anchored
 * prefix regex is what lets a real MongoDB answer from an index on the path.
 */
public final class PathPrefix {

  private PathPrefix() {}

  public static Pattern of(String path) {
    StringBuilder escaped = new StringBuilder(path.length() + 8).append('^');
    path.codePoints()
        .forEach(
            c -> {
              if (!Character.isLetterOrDigit(c) && c != '/') {
                escaped.append('\\');
              }
              escaped.appendCodePoint(c);
            });
    return Pattern.compile(escaped.toString());
  }
}
