package vn.chidao.reporting.obligation.model;

import java.util.Optional;

/**
 * Which state changes a report may make. Each check answers with the refusal, or empty when the
 * change is allowed; the state change itself is written by the store under compare-and-set.
 */
public final class Lifecycle {

  private Lifecycle() {}

  public static Optional<Refusal> mayEdit(ObligationState state) {
    return switch (state) {
      case PENDING, DRAFT, RETURNED -> Optional.empty();
      case SUBMITTED ->
          Optional.of(
              Refusal.conflict(
                  "already-submitted",
                  "Báo cáo đã được gửi và đang chờ xem xét; chỉ sửa được khi bị trả lại."));
      case ACCEPTED ->
          Optional.of(
              Refusal.conflict(
                  "already-accepted", "Báo cáo đã được tiếp nhận; không thể sửa hay gửi lại."));
      case CLOSED ->
          Optional.of(
              Refusal.conflict(
                  "obligation-closed",
                  "Văn bản yêu cầu báo cáo đã bị thu hồi; không còn phải báo cáo kỳ này."));
    };
  }

  public static Optional<Refusal> mayReview(ObligationState state) {
    return switch (state) {
      case SUBMITTED -> Optional.empty();
      case ACCEPTED ->
          Optional.of(Refusal.conflict("already-accepted", "Báo cáo đã được tiếp nhận trước đó."));
      case RETURNED ->
          Optional.of(
              Refusal.conflict(
                  "already-returned", "Báo cáo đã được trả lại và đang chờ đơn vị gửi lại."));
      default ->
          Optional.of(
              Refusal.conflict("not-submitted", "Đơn vị chưa gửi báo cáo nên chưa thể xem xét."));
    };
  }
}
