package vn.chidao.identity.org.adapter.in.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.chidao.identity.org.model.NewUnit;

/**
 * Bodies of the write endpoints. {@code effective} is the day the change takes effect (default:
 * today in Vietnam). Unit ids become path segments, hence their narrow alphabet.
 */
final class ChangeRequests {

  static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{0,63}";
  static final String ID_MESSAGE =
      "Mã đơn vị chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, tối đa 64 ký tự.";

  private ChangeRequests() {}

  record Create(
      @NotBlank(message = "Cần mã đơn vị.") @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE)
          String id,
      @NotBlank(message = "Cần mã đơn vị cấp trên.") String parentId,
      @NotBlank(message = "Cần loại đơn vị.") String kind,
      @NotBlank(message = "Cần tên đơn vị.") @Size(max = 300, message = "Tên tối đa 300 ký tự.")
          String name,
      @Size(max = 20, message = "Ký hiệu tối đa 20 ký tự.") String issuerAbbr,
      LocalDate effective) {

    NewUnit toNewUnit() {
      return new NewUnit(id, parentId, kind, name, issuerAbbr);
    }
  }

  record Rename(
      @NotBlank(message = "Cần tên mới của đơn vị.")
          @Size(max = 300, message = "Tên tối đa 300 ký tự.")
          String name,
      @Size(max = 20, message = "Ký hiệu tối đa 20 ký tự.") String issuerAbbr,
      LocalDate effective) {}

  record Move(
      @NotBlank(message = "Cần mã đơn vị cấp trên mới.") String parentId, LocalDate effective) {}

  record Close(LocalDate effective) {}

  record Merge(
      @NotEmpty(message = "Cần ít nhất một đơn vị được hợp nhất.")
          List<@NotBlank(message = "Mã đơn vị không được để trống.") String> sourceIds,
      @NotBlank(message = "Cần mã đơn vị tiếp nhận.") String successorId,
      LocalDate effective) {}

  record Split(
      @NotEmpty(message = "Cần danh sách đơn vị mới.") List<@Valid Part> parts,
      Map<String, String> assignment,
      LocalDate effective) {}

  /**
   * @param parentId null: beside the unit being split
   */
  record Part(
      @NotBlank(message = "Cần mã đơn vị.") @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE)
          String id,
      String parentId,
      @NotBlank(message = "Cần loại đơn vị.") String kind,
      @NotBlank(message = "Cần tên đơn vị.") @Size(max = 300, message = "Tên tối đa 300 ký tự.")
          String name,
      @Size(max = 20, message = "Ký hiệu tối đa 20 ký tự.") String issuerAbbr) {

    NewUnit toNewUnit() {
      return new NewUnit(id, parentId, kind, name, issuerAbbr);
    }
  }
}
