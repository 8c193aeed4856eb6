package vn.chidao.attachments;

import java.util.Objects;

/**
 * Why an attachment was not accepted, with a Vietnamese sentence for the user. Raised from the
 * middle of an upload stream, so it is an exception; each service's web adapter turns it into a
 * problem.
 */
public final class AttachmentRefusal extends RuntimeException {

  /** What went wrong; each maps to one HTTP status and problem type. */
  public enum Reason {
    /** More bytes than the configured limit (413). */
    TOO_LARGE,
    /** The bytes are not of a type the service allows, whatever the name says (415). */
    TYPE_NOT_ALLOWED,
    /** The bytes are an allowed type, but the name claims another allowed type (415). */
    TYPE_MISMATCH,
    /** No byte at all (422). */
    EMPTY,
    /** A name that climbs directories ("../") or is empty once cleaned (400). */
    NAME_INVALID
  }

  private final Reason reason;
  private final String detail;

  public AttachmentRefusal(Reason reason, String detail) {
    super(reason + ": " + detail, null, false, false);
    this.reason = Objects.requireNonNull(reason);
    this.detail = Objects.requireNonNull(detail);
  }

  public Reason reason() {
    return reason;
  }

  /** The Vietnamese sentence for the user. */
  public String detail() {
    return detail;
  }
}
