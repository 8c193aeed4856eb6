package vn.chidao.directive.numbering.model;

import java.util.Objects;

/**
 * Names one numbering sequence, e.g. {@code PARTY|dn-tranbien|CV|2025-2030} or {@code
 * STATE|ubnd-bien-hoa|2026|MẬT}. Every number is allocated within exactly one key, and a (key,
 * number) pair is never handed out twice.
 */
public record SequenceKey(String value) {

  private static final String SEPARATOR = "|";

  public SequenceKey {
    Objects.requireNonNull(value, "value");
  }

  /** Party: per issuer × type × term; secret documents share their type's sequence. */
  public static SequenceKey party(String issuerId, String docType, Term term) {
    return new SequenceKey(String.join(SEPARATOR, "PARTY", issuerId, docType, term.label()));
  }

  /** A congress: all its documents, every type, in one sequence. */
  public static SequenceKey congress(String issuerId, String congressLabel) {
    return new SequenceKey(String.join(SEPARATOR, "CONGRESS", issuerId, congressLabel));
  }

  /** State: per issuer per calendar year, all types together; secret documents apart. */
  public static SequenceKey state(String issuerId, int year, boolean secret) {
    String key = String.join(SEPARATOR, "STATE", issuerId, Integer.toString(year));
    return new SequenceKey(secret ? key + SEPARATOR + "MẬT" : key);
  }

  @Override
  public String toString() {
    return value;
  }
}
