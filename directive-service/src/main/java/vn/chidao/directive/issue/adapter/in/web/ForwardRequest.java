package vn.chidao.directive.issue.adapter.in.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.chidao.directive.issue.model.DirectiveContent;
import vn.chidao.directive.issue.model.Urgency;

/**
 * {@code POST /api/directives/{id}/forward}: the covering note (công văn) with which a receiving
 * unit passes a directive on to its own units. It becomes a numbered CV of that unit citing the
 * original; without a subject it reads "Về việc triển khai thực hiện &lt;symbol&gt; …".
 */
public record ForwardRequest(
    @Size(max = DirectiveContent.SUBJECT_MAX, message = "Trích yếu không được dài quá {max} ký tự")
        String subject,
    @NotBlank(message = "Nội dung công văn chuyển tiếp là bắt buộc")
        @Size(max = DirectiveContent.BODY_MAX, message = "Nội dung không được dài quá {max} ký tự")
        String body,
    @Pattern(
            regexp = Urgency.NAME_PATTERN,
            message = "Độ khẩn phải là một trong: NORMAL, KHAN, THUONG_KHAN, HOA_TOC")
        String urgency,
    @Size(max = DirectiveContent.PLACE_MAX, message = "Địa danh không được dài quá {max} ký tự")
        String place,
    @Valid SignatureRequest signature,
    @Size(max = 500, message = "Tối đa {max} đơn vị nhận")
        List<
                @NotBlank(message = "Mã đơn vị nhận không được để trống")
                @Pattern(regexp = Ids.ID, message = "Mã đơn vị nhận không hợp lệ") String>
            recipientUnitIds,
    @Size(max = 500, message = "Tối đa {max} dòng nơi nhận")
        List<@Valid @NotNull(message = "Dòng nơi nhận không được để trống") RecipientRequest>
            recipients) {

  @AssertTrue(message = "Phải chọn ít nhất một đơn vị nhận")
  boolean isAddressed() {
    return (recipientUnitIds != null && !recipientUnitIds.isEmpty())
        || (recipients != null && !recipients.isEmpty());
  }

  /** The note as an issue request of a CV, with the subject defaulted from the original. */
  IssueDirectiveRequest asIssue(String originalSymbol, String originalSubject) {
    String title =
        subject != null && !subject.isBlank()
            ? subject
            : "Về việc triển khai thực hiện "
                + (originalSymbol == null ? "" : originalSymbol + " ")
                + originalSubject;
    if (title.length() > DirectiveContent.SUBJECT_MAX) {
      title = title.substring(0, DirectiveContent.SUBJECT_MAX - 1) + "…";
    }
    return new IssueDirectiveRequest(
        "CV",
        title,
        body,
        urgency,
        null,
        place,
        recipientUnitIds,
        null,
        signature,
        recipients,
        null,
        null,
        null,
        null);
  }
}
