package vn.chidao.notification.deliveries;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/** {@code ?kind=&page=&size=} of a directive's delivery report (the failures are paged). */
public record DeliveryReportQuery(
    @Pattern(
            regexp = "NEW_DIRECTIVE|DIRECTIVE_RECALLED|DIRECTIVE_SUPERSEDED",
            message =
                "Loại thông báo (kind) phải là NEW_DIRECTIVE, DIRECTIVE_RECALLED hoặc"
                    + " DIRECTIVE_SUPERSEDED")
        String kind,
    @Min(value = 0, message = "Số trang (page) phải từ 0 trở lên") Integer page,
    @Min(value = 1, message = "Số dòng mỗi trang (size) phải từ 1 đến 100")
        @Max(value = 100, message = "Số dòng mỗi trang (size) phải từ 1 đến 100")
        Integer size) {

  public DeliveryReportQuery {
    kind = kind == null ? "NEW_DIRECTIVE" : kind;
    page = page == null ? 0 : page;
    size = size == null ? 20 : size;
  }
}
