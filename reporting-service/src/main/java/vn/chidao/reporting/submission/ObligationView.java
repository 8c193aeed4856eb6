package vn.chidao.reporting.submission;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.chidao.reporting.obligation.ObligationDocument;
import vn.chidao.reporting.obligation.RequirementDocument;

/**
 * An obligation as the API shows it. {@code template} and {@code attachments} are only filled in
 * the single-obligation view.
 *
 * @param overdue not submitted and past the due instant
 */
public record ObligationView(
    String id,
    String directiveId,
    String directiveSymbol,
    String requirementId,
    String requirementTitle,
    String unitId,
    String unitName,
    String periodKey,
    String periodLabel,
    LocalDate periodFrom,
    LocalDate periodTo,
    LocalDate dueDate,
    Instant dueAt,
    String reportToUnitId,
    String viaUnitId,
    String state,
    boolean overdue,
    Boolean late,
    int submissions,
    Instant lastSubmittedAt,
    Content draft,
    Content submitted,
    String reviewComment,
    Template template,
    List<AttachmentView> attachments) {

  public record Content(Map<String, String> sections, Map<String, BigDecimal> values) {}

  public record Template(
      List<RequirementDocument.Section> sections, List<RequirementDocument.Indicator> indicators) {}

  /** A file attached to the report ({@code attachment} feature). */
  public record AttachmentView(
      String id,
      String name,
      long size,
      String contentType,
      String sha256,
      String uploadedBy,
      Instant uploadedAt,
      String href) {}

  /** This view with the report's attached files. */
  public ObligationView withAttachments(List<AttachmentView> files) {
    return new ObligationView(
        id,
        directiveId,
        directiveSymbol,
        requirementId,
        requirementTitle,
        unitId,
        unitName,
        periodKey,
        periodLabel,
        periodFrom,
        periodTo,
        dueDate,
        dueAt,
        reportToUnitId,
        viaUnitId,
        state,
        overdue,
        late,
        submissions,
        lastSubmittedAt,
        draft,
        submitted,
        reviewComment,
        template,
        files);
  }

  static ObligationView of(ObligationDocument o, Instant now, RequirementDocument requirement) {
    boolean notIn = o.state().equals("PENDING") || o.state().equals("DRAFT");
    return new ObligationView(
        o.id(),
        o.directiveId(),
        o.directiveSymbol(),
        o.requirementId(),
        o.requirementTitle(),
        o.unitId(),
        o.unitName(),
        o.periodKey(),
        o.periodLabel(),
        o.periodFrom(),
        o.periodTo(),
        o.dueDate(),
        o.dueAt(),
        o.reportToUnitId(),
        o.viaUnitId(),
        o.state(),
        notIn && !now.isBefore(o.dueAt()),
        o.late(),
        o.submissions(),
        o.lastSubmittedAt(),
        content(o.draftSections(), o.draftValues()),
        content(o.submittedSections(), o.submittedValues()),
        o.reviewComment(),
        requirement == null ? null : new Template(requirement.sections(), requirement.indicators()),
        null);
  }

  private static Content content(Map<String, String> sections, Map<String, BigDecimal> values) {
    return sections == null && values == null
        ? null
        : new Content(sections == null ? Map.of() : sections, values == null ? Map.of() : values);
  }
}
