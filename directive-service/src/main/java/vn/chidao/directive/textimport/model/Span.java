package vn.chidao.directive.textimport.model;

/**
 * Where a value was read: {@code [start, end)} in the normalised text ({@link SourceText}) and the
 * characters found there.
 */
public record Span(int start, int end, String excerpt) {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  static Span of(SourceText text, int start, int end) {
    return new Span(start, end, text.value().substring(start, end));
  }
}
