package vn.chidao.directive.issue.adapter.in.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import vn.chidao.directive.issue.model.DirectiveContent;
import vn.chidao.directive.issue.model.DocType;
import vn.chidao.directive.issue.model.Recipient;
import vn.chidao.directive.issue.model.Urgency;

/**
 * {@code POST /api/directives/{id}/amend}: a new document of the same unit that amends and
 * supplements (sửa đổi, bổ sung) the directive, which stays in force. It goes to the directive's
 * whole distribution list — so every unit the directive reached is told — plus any units given
 * here. Without a type it is of the directive's type; without a subject it reads "Về việc sửa đổi,
 * bổ sung &lt;symbol&gt; …".
 */
public record AmendRequest(
    @Pattern(regexp = DocType.CODE_PATTERN, message = "Loại văn bản không hợp lệ") String docType,
    @Size(max = DirectiveContent.SUBJECT_MAX, message = "Trích yếu không được dài quá {max} ký tự")
        String subject,
    @NotBlank(message = "Nội dung sửa đổi, bổ sung là bắt buộc")
        @Size(max = DirectiveContent.BODY_MAX, message = "Nội dung không được dài quá {max} ký tự")
        String body,
    @Pattern(
            regexp = Urgency.NAME_PATTERN,
            message = "Độ khẩn phải là một trong: NORMAL, KHAN, THUONG_KHAN, HOA_TOC")
        String urgency,
    @Size(max = DirectiveContent.PLACE_MAX, message = "Địa danh không được dài quá {max} ký tự")
        String place,
    @Valid SignatureRequest signature,
    @Size(max = 500, message = "Tối đa {max} dòng nơi nhận")
        List<@Valid @NotNull(message = "Dòng nơi nhận không được để trống") RecipientRequest>
            recipients) {

  /** The amendment as an issue request, addressed to the original's list and these lines. */
  IssueDirectiveRequest asIssue(
      String originalType,
      String originalSymbol,
      String originalSubject,
      String originalSecrecy,
      List<Recipient> originalList) {
    String title =
        subject != null && !subject.isBlank()
            ? subject
            : "Về việc sửa đổi, bổ sung "
                + (originalSymbol == null ? "" : originalSymbol + " ")
                + originalSubject;
    if (title.length() > DirectiveContent.SUBJECT_MAX) {
      title = title.substring(0, DirectiveContent.SUBJECT_MAX - 1) + "…";
    }
    List<RecipientRequest> lines = new ArrayList<>();
    originalList.forEach(
        line ->
            lines.add(
                new RecipientRequest(
                    line.unitId(),
                    line.scope().name(),
                    line.kinds(),
                    line.purpose().name(),
                    line.label())));
    if (recipients != null) {
      lines.addAll(recipients);
    }
    return new IssueDirectiveRequest(
        docType == null ? originalType : docType,
        title,
        body,
        urgency,
        originalSecrecy,
        place,
        null,
        null,
        signature,
        lines,
        null,
        null,
        null,
        null);
  }
}
