package vn.chidao.notification.inbox;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** {@code ?page=&size=} of the inbox; missing values mean the first page of 20. */
public record InboxQuery(
    @Min(value = 0, message = "Số trang (page) phải từ 0 trở lên") Integer page,
    @Min(value = 1, message = "Số thông báo mỗi trang (size) phải từ 1 đến 100")
        @Max(value = 100, message = "Số thông báo mỗi trang (size) phải từ 1 đến 100")
        Integer size) {

  public static final int DEFAULT_SIZE = 20;

  public InboxQuery {
    page = page == null ? 0 : page;
    size = size == null ? DEFAULT_SIZE : size;
  }
}
