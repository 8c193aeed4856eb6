package vn.chidao.directive.issue.adapter.in.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.chidao.directive.issue.model.Purpose;
import vn.chidao.directive.issue.model.Recipient;
import vn.chidao.directive.issue.model.Scope;

/**
 * One line of the distribution list: {@code {"unitId": "dong-nai", "scope": "SUBTREE", "kinds":
 * ["PARTY_CELL"], "purpose": "IMPLEMENT"}}.
 */
public record RecipientRequest(
    @NotBlank(message = "Mã đơn vị nhận là bắt buộc")
        @Pattern(regexp = Ids.ID, message = "Mã đơn vị nhận không hợp lệ")
        String unitId,
    @Pattern(regexp = Scope.NAME_PATTERN, message = "Phạm vi phải là UNIT hoặc SUBTREE")
        String scope,
    @Size(max = 20, message = "Tối đa {max} loại đơn vị")
        List<@Pattern(regexp = Ids.KIND, message = "Loại đơn vị không hợp lệ") String> kinds,
    @Pattern(
            regexp = Purpose.NAME_PATTERN,
            message = "Mục đích gửi phải là một trong: IMPLEMENT, REPORT_TO, INFORMATION, ARCHIVE")
        String purpose,
    @Size(max = 300, message = "Ghi chú nơi nhận không được dài quá {max} ký tự") String label) {

  @AssertTrue(message = "Chỉ lọc theo loại đơn vị khi gửi cho cả cây đơn vị (SUBTREE)")
  boolean isKindsOnlyForSubtree() {
    return kinds == null || kinds.isEmpty() || "SUBTREE".equals(scope);
  }

  Recipient toModel() {
    return new Recipient(
        unitId,
        scope == null ? Scope.UNIT : Scope.valueOf(scope),
        kinds,
        purpose == null ? Purpose.IMPLEMENT : Purpose.valueOf(purpose),
        label);
  }
}
