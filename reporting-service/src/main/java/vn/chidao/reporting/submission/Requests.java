package vn.chidao.reporting.submission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/** Request bodies of the submission API. */
final class Requests {

  private Requests() {}

  /**
   * Section texts by section code and indicator values by indicator code, as JSON gives them
   * (numbers, true/false); checked against the requirement's template.
   */
  record ReportBody(
      @Size(max = 50, message = "Báo cáo có quá nhiều mục") Map<String, String> sections,
      @Size(max = 200, message = "Báo cáo có quá nhiều chỉ tiêu") Map<String, Object> values) {}

  record ReturnBody(
      @NotBlank(message = "Cần ghi rõ lý do trả lại báo cáo để đơn vị sửa")
          @Size(max = 4000, message = "Ý kiến trả lại dài quá 4000 ký tự")
          String comment) {}

  /** One page of obligations. */
  record Page<T>(List<T> items, int page, int size, long total) {}
}
