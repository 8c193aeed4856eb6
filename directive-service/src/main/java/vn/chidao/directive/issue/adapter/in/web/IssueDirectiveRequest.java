package vn.chidao.directive.issue.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.chidao.directive.issue.application.IssueDirectiveCommand;
import vn.chidao.directive.issue.model.DirectiveContent;
import vn.chidao.directive.issue.model.DocType;
import vn.chidao.directive.issue.model.Recipient;
import vn.chidao.directive.issue.model.Secrecy;
import vn.chidao.directive.issue.model.Urgency;
import vn.chidao.platform.problem.ProblemException;

/**
 * {@code POST /api/directives}. Checked here, field by field, with messages a user can act on; the
 * model checks the same invariants again as a safety net.
 *
 * @param urgency optional; {@code NORMAL} when absent
 * @param secrecy optional; {@code NONE} when absent
 * @param place optional place name of the place-and-date line ("Biên Hòa")
 * @param recipientUnitIds units to implement it (the short form of {@code recipients})
 * @param byCongress optional; true for a document of the unit's congress in session
 * @param recipients the distribution list with scopes and purposes
 * @param references cited documents, JSON name {@code implements}
 * @param supersedesDirectiveId a directive of the caller's unit that this one replaces
 * @param number the number the document already carries on paper, to register it with that number
 */
public record IssueDirectiveRequest(
    @NotNull(message = "Loại văn bản là bắt buộc")
        @Pattern(
            regexp = DocType.CODE_PATTERN,
            message =
                "Loại văn bản phải là một trong: NQ, KL, CT, TT, KH, CTr, CV, HD, QC, QĐ, QĐi, TB,"
                    + " BC")
        String docType,
    @NotBlank(message = "Trích yếu là bắt buộc")
        @Size(
            max = DirectiveContent.SUBJECT_MAX,
            message = "Trích yếu không được dài quá {max} ký tự")
        String subject,
    @Size(max = DirectiveContent.BODY_MAX, message = "Nội dung không được dài quá {max} ký tự")
        String body,
    @Pattern(
            regexp = Urgency.NAME_PATTERN,
            message = "Độ khẩn phải là một trong: NORMAL, KHAN, THUONG_KHAN, HOA_TOC")
        String urgency,
    @Pattern(
            regexp = Secrecy.NAME_PATTERN,
            message = "Độ mật phải là một trong: NONE, MAT, TOI_MAT, TUYET_MAT")
        String secrecy,
    @Size(max = DirectiveContent.PLACE_MAX, message = "Địa danh không được dài quá {max} ký tự")
        String place,
    @Size(max = 500, message = "Tối đa {max} đơn vị nhận")
        List<
                @NotBlank(message = "Mã đơn vị nhận không được để trống")
                @Pattern(regexp = Ids.ID, message = "Mã đơn vị nhận không hợp lệ") String>
            recipientUnitIds,
    Boolean byCongress,
    @Valid SignatureRequest signature,
    @Size(max = 500, message = "Tối đa {max} dòng nơi nhận")
        List<@Valid @NotNull(message = "Dòng nơi nhận không được để trống") RecipientRequest>
            recipients,
    @JsonProperty("implements") @Size(max = 50, message = "Tối đa {max} văn bản được trích dẫn")
        List<@Valid @NotNull(message = "Văn bản trích dẫn không được để trống") ReferenceRequest>
            references,
    @Size(max = 20, message = "Tối đa {max} yêu cầu báo cáo")
        List<
                @Valid @NotNull(message = "Yêu cầu báo cáo không được để trống")
                ReportingRequirementRequest>
            reporting,
    @Pattern(regexp = Ids.ID, message = "Mã văn bản bị thay thế không hợp lệ")
        String supersedesDirectiveId,
    @Min(value = 1, message = "Số văn bản phải từ {value}")
        @Max(value = 99_999, message = "Số văn bản không được lớn hơn {value}")
        Integer number) {

  /** A request of no congress, as most are. */
  public IssueDirectiveRequest(
      String docType,
      String subject,
      String body,
      String urgency,
      String secrecy,
      String place,
      List<String> recipientUnitIds) {
    this(docType, subject, body, urgency, secrecy, place, recipientUnitIds, null);
  }

  /** The first version's fields. */
  public IssueDirectiveRequest(
      String docType,
      String subject,
      String body,
      String urgency,
      String secrecy,
      String place,
      List<String> recipientUnitIds,
      Boolean byCongress) {
    this(
        docType,
        subject,
        body,
        urgency,
        secrecy,
        place,
        recipientUnitIds,
        byCongress,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  @AssertTrue(message = "Phải chọn ít nhất một đơn vị nhận")
  boolean isAddressed() {
    return (recipientUnitIds != null && !recipientUnitIds.isEmpty())
        || (recipients != null && !recipients.isEmpty());
  }

  @AssertTrue(message = "Mã các yêu cầu báo cáo không được trùng nhau")
  boolean isRequirementIdsDistinct() {
    if (reporting == null) {
      return true;
    }
    List<String> ids =
        reporting.stream()
            .filter(Objects::nonNull)
            .map(ReportingRequirementRequest::requirementId)
            .filter(Objects::nonNull)
            .toList();
    return ids.stream().distinct().count() == ids.size();
  }

  @AssertTrue(message = "Văn bản của đại hội được cấp số theo đại hội; không nhập số")
  boolean isNumberNotForCongress() {
    return number == null || !Boolean.TRUE.equals(byCongress);
  }

  IssueDirectiveCommand toCommand() {
    return toCommand(null);
  }

  /**
   * @param issuerUnitId where reports go when a requirement does not say
   */
  public IssueDirectiveCommand toCommand(String issuerUnitId) {
    try {
      DirectiveContent content =
          new DirectiveContent(
              DocType.ofCode(docType),
              subject,
              body,
              urgency == null ? Urgency.NORMAL : Urgency.valueOf(urgency),
              secrecy == null ? Secrecy.NONE : Secrecy.valueOf(secrecy),
              place);
      List<Recipient> list = new ArrayList<>();
      if (recipientUnitIds != null) {
        recipientUnitIds.forEach(id -> list.add(Recipient.implement(id)));
      }
      if (recipients != null) {
        recipients.forEach(entry -> list.add(entry.toModel()));
      }
      return new IssueDirectiveCommand(
          content,
          list,
          Boolean.TRUE.equals(byCongress),
          signature == null ? null : signature.toModel(),
          references == null ? null : references.stream().map(ReferenceRequest::toModel).toList(),
          reporting == null ? null : reporting.stream().map(r -> r.toModel(issuerUnitId)).toList(),
          supersedesDirectiveId,
          number);
    } catch (IllegalArgumentException | NullPointerException invalid) {
      // The edge checks should have caught it; never let a model invariant become a 500.
      throw ProblemException.badRequest(
          "validation", "Dữ liệu văn bản không hợp lệ (" + invalid.getMessage() + ").");
    }
  }
}
