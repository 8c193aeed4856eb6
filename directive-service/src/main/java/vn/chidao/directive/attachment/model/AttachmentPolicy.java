package vn.chidao.directive.attachment.model;

import java.util.Optional;
import java.util.Set;
import vn.chidao.attachments.AllowedTypes;
import vn.chidao.attachments.AttachmentType;
import vn.chidao.directive.issue.model.Caller;
import vn.chidao.directive.issue.model.Directive;

/**
 * Who may add or remove a directive's files: users of the issuing unit (in its province), while the
 * directive is a draft or issued and in force. A recalled or superseded directive is frozen, with
 * its files as they were. Reading follows the directive's own visibility ({@link
 * Directive#isVisibleTo}).
 */
public final class AttachmentPolicy {

  /**
   * What a directive may carry: documents and pictures, no spreadsheets (reporting-service also
   * takes XLSX, for tables of figures).
   */
  public static final AllowedTypes TYPES =
      AllowedTypes.of(
          AttachmentType.PDF, AttachmentType.DOCX, AttachmentType.PNG, AttachmentType.JPEG);

  /** Lives in which files may still change; any other (recalled, superseded…) freezes them. */
  static final Set<String> OPEN_STATES = Set.of("DRAFT", "ISSUED");

  /** Why a change is refused. */
  public enum Refusal {
    /** The caller sees the directive but did not issue it. */
    NOT_ISSUER,
    /** The directive is recalled or superseded. */
    FROZEN
  }

  private AttachmentPolicy() {}

  public static Optional<Refusal> mayChange(Directive directive, Caller caller) {
    boolean issuerUnit =
        caller.unitId() != null
            && caller.unitId().equals(directive.issuerUnitId())
            && directive.tenant().equals(caller.province());
    if (!issuerUnit) {
      return Optional.of(Refusal.NOT_ISSUER);
    }
    if (!OPEN_STATES.contains(directive.status().name())) {
      return Optional.of(Refusal.FROZEN);
    }
    return Optional.empty();
  }
}
