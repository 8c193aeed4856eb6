package vn.chidao.gateway.routing;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ResponseStatusException;
import vn.chidao.platform.problem.Problems;

/**
 * Says in Vietnamese, and with the right status, why a service could not answer: it is down (503),
 * too slow (504) or dropped the connection (502). Anything else is not a failure of the service's
 * reachability and is left to the platform's handler.
 */
final class UpstreamProblems {

  private UpstreamProblems() {}

  /**
   * @param service the service's Vietnamese name, e.g. "văn bản chỉ đạo"
   */
  static Optional<ProblemDetail> of(Throwable error, String service) {
    // Reactor and Netty wrap the real cause; a bounded walk also survives cause cycles.
    Throwable cause = error;
    for (int depth = 0; cause != null && depth < 10; depth++, cause = cause.getCause()) {
      Optional<ProblemDetail> problem = classify(cause, service);
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  private static Optional<ProblemDetail> classify(Throwable cause, String service) {
    // Netty's ConnectTimeoutException is a ConnectException: test it first.
    if (cause instanceof io.netty.channel.ConnectTimeoutException
        || cause instanceof TimeoutException
        || cause instanceof ResponseStatusException status
            && status.getStatusCode().value() == HttpStatus.GATEWAY_TIMEOUT.value()) {
      return Optional.of(timeout(service));
    }
    if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
      return Optional.of(unavailable(service));
    }
    if (cause instanceof IOException) {
      return Optional.of(dropped(service));
    }
    return Optional.empty();
  }

  static ProblemDetail unavailable(String service) {
    return Problems.of(
        HttpStatus.SERVICE_UNAVAILABLE,
        "service-unavailable",
        "Dịch vụ tạm thời không sẵn sàng",
        "Dịch vụ "
            + service
            + " tạm thời không sẵn sàng; yêu cầu chưa được thực hiện. Hãy thử lại"
            + " sau ít phút.");
  }

  static ProblemDetail timeout(String service) {
    return Problems.of(
        HttpStatus.GATEWAY_TIMEOUT,
        "service-timeout",
        "Dịch vụ phản hồi quá chậm",
        "Dịch vụ "
            + service
            + " không phản hồi kịp thời. Yêu cầu có thể đã được thực hiện hoặc chưa; hãy kiểm"
            + " tra lại trước khi gửi lại.");
  }

  static ProblemDetail dropped(String service) {
    return Problems.of(
        HttpStatus.BAD_GATEWAY,
        "service-failed",
        "Dịch vụ ngắt kết nối",
        "Dịch vụ "
            + service
            + " ngắt kết nối trước khi trả lời. Yêu cầu có thể đã được thực hiện hoặc chưa; hãy"
            + " kiểm tra lại trước khi gửi lại.");
  }
}
