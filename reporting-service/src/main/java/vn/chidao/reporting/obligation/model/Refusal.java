package vn.chidao.reporting.obligation.model;

/**
 * Why an action on an obligation is refused, in the user's language.
 *
 * @param slug the problem type's last segment, e.g. {@code already-accepted}
 * @param kind how the refusal maps to a response
 * @param detail in Vietnamese
 * @param field the input it is about ({@code values.<code>}, {@code sections.<code>}), so a form
 *     can show the message next to that field; null when it is about the whole request
 */
public record Refusal(String slug, Kind kind, String detail, String field) {

  public Refusal(String slug, Kind kind, String detail) {
    this(slug, kind, detail, null);
  }

  public enum Kind {
    INVALID,
    FORBIDDEN,
    NOT_FOUND,
    CONFLICT
  }

  public static Refusal invalid(String slug, String detail) {
    return new Refusal(slug, Kind.INVALID, detail);
  }

  /** Bad input in one field of the report. */
  public static Refusal invalid(String slug, String field, String detail) {
    return new Refusal(slug, Kind.INVALID, detail, field);
  }

  public static Refusal conflict(String slug, String detail) {
    return new Refusal(slug, Kind.CONFLICT, detail);
  }

  public static Refusal forbidden(String slug, String detail) {
    return new Refusal(slug, Kind.FORBIDDEN, detail);
  }

  public static Refusal notFound(String slug, String detail) {
    return new Refusal(slug, Kind.NOT_FOUND, detail);
  }
}
