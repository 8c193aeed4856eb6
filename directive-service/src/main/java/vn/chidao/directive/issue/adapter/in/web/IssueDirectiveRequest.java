package vn.chidao.directive.issue.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.chidao.directive.issue.application.IssueDirectiveCommand;
import vn.chidao.directive.issue.model.DirectiveContent;
import vn.chidao.directive.issue.model.DocType;
import vn.chidao.directive.issue.model.Secrecy;
import vn.chidao.directive.issue.model.Urgency;

/**
 * {@code POST /api/directives}. Checked here, field by field, with messages a user can act on; the
 * model checks the same invariants again as a safety net.
 *
 * @param urgency optional; {@code NORMAL} when absent
 * @param secrecy optional; {@code NONE} when absent
 * @param place optional place name of the place-and-date line ("Biên Hòa")
 * @param byCongress optional; true for a document of the unit's congress in session
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
    @NotNull(message = "Danh sách đơn vị nhận là bắt buộc")
        @Size(min = 1, max = 500, message = "Phải có từ {min} đến {max} đơn vị nhận")
        List<@NotBlank(message = "Mã đơn vị nhận không được để trống") String> recipientUnitIds,
    Boolean byCongress) {

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

  IssueDirectiveCommand toCommand() {
    DirectiveContent content =
        new DirectiveContent(
            DocType.ofCode(docType),
            subject,
            body,
            urgency == null ? Urgency.NORMAL : Urgency.valueOf(urgency),
            secrecy == null ? Secrecy.NONE : Secrecy.valueOf(secrecy),
            place);
    return new IssueDirectiveCommand(content, recipientUnitIds, Boolean.TRUE.equals(byCongress));
  }
}
