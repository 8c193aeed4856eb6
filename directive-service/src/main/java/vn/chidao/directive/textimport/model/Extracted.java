package vn.chidao.directive.textimport.model;

/**
 * One field of an imported document: what was read and where, or that the text does not have it.
 *
 * @param field e.g. {@code number}, {@code signer}
 * @param value a record of the field's kind, or a list of them; null when absent
 * @param source the text the value came from; null when absent, or for a list whose items carry
 *     their own
 */
public record Extracted(String field, Status status, Object value, Span source) {

  /** Whether the text has the field. Nothing is ever guessed: a field not found is ABSENT. */
  public enum Status {
    PRESENT,
    ABSENT
  }

  static Extracted present(String field, Object value, Span source) {
    return new Extracted(field, Status.PRESENT, value, source);
  }

  static Extracted absent(String field) {
    return new Extracted(field, Status.ABSENT, null, null);
  }
}
