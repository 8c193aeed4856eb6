package vn.chidao.directive.issue.adapter.in.web;

/**
 * Shapes of identifiers accepted from clients. None can start with {@code $} or contain spaces,
 * quotes or braces, so no value from a request can act as a MongoDB operator wherever it ends up; a
 * JSON object where a string is expected ({@code {"$ne": null}}) is already refused by the JSON
 * reader.
 */
final class Ids {

  /** Unit and directive ids: letters, digits, {@code - _ .}, not starting with a symbol. */
  static final String ID = "[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,99}";

  /** Unit kinds such as {@code PARTY_CELL}. */
  static final String KIND = "[A-Z][A-Z0-9_]{0,49}";

  /** Codes of requirements, sections and indicators ("bc-1", "I", "dvk"). */
  static final String CODE = "[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,49}";

  private Ids() {}
}
