package vn.chidao.directive.issue.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.chidao.directive.issue.model.Signature;
import vn.chidao.directive.issue.model.SigningAuthority;

/**
 * The signature block: {@code {"authority": "TM", "onBehalfOf": "BAN THƯỜNG VỤ", "position": "PHÓ
 * BÍ THƯ", "signerName": "Nguyễn Văn A"}}.
 */
public record SignatureRequest(
    @NotNull(message = "Thể thức ký là bắt buộc")
        @Pattern(
            regexp = SigningAuthority.NAME_PATTERN,
            message = "Thể thức ký phải là một trong: DIRECT, TM (T/M), KT (KT.), Q (Q.), TL (TL.)")
        String authority,
    @Size(
            max = Signature.TEXT_MAX,
            message = "Tên cơ quan, chức danh ký thay không được dài quá {max} ký tự")
        String onBehalfOf,
    @NotBlank(message = "Chức vụ người ký là bắt buộc")
        @Size(max = Signature.TEXT_MAX, message = "Chức vụ người ký không được dài quá {max} ký tự")
        String position,
    @NotBlank(message = "Họ tên người ký là bắt buộc")
        @Size(max = Signature.TEXT_MAX, message = "Họ tên người ký không được dài quá {max} ký tự")
        String signerName) {

  Signature toModel() {
    return new Signature(SigningAuthority.valueOf(authority), onBehalfOf, position, signerName);
  }
}
