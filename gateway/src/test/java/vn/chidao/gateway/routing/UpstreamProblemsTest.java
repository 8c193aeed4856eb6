package vn.chidao.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.ConnectTimeoutException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ResponseStatusException;

class UpstreamProblemsTest {

  @Test
  void aRefusedConnectionMeansTheServiceIsUnavailable() {
    ProblemDetail problem =
        UpstreamProblems.of(new ConnectException("Connection refused"), "báo cáo").orElseThrow();

    assertThat(problem.getStatus()).isEqualTo(503);
    assertThat(problem.getDetail()).startsWith("Dịch vụ báo cáo tạm thời không sẵn sàng");
  }

  @Test
  void anUnknownHostMeansTheServiceIsUnavailable() {
    assertThat(UpstreamProblems.of(new UnknownHostException("reporting-service"), "báo cáo"))
        .hasValueSatisfying(problem -> assertThat(problem.getStatus()).isEqualTo(503));
  }

  @Test
  void aConnectTimeoutIsAGatewayTimeoutNotAnUnavailableService() {
    assertThat(UpstreamProblems.of(new ConnectTimeoutException("connection timed out"), "báo cáo"))
        .hasValueSatisfying(problem -> assertThat(problem.getStatus()).isEqualTo(504));
  }

  @Test
  void theGatewaysResponseTimeoutIsAGatewayTimeout() {
    Throwable timeout =
        new ResponseStatusException(
            HttpStatus.GATEWAY_TIMEOUT,
            "Response took longer than timeout",
            new TimeoutException());

    assertThat(UpstreamProblems.of(timeout, "báo cáo"))
        .hasValueSatisfying(problem -> assertThat(problem.getStatus()).isEqualTo(504));
  }

  @Test
  void aDroppedConnectionIsABadGatewayFoundEvenWhenWrapped() {
    Throwable wrapped = new IllegalStateException("wrapped", new IOException("Connection reset"));

    assertThat(UpstreamProblems.of(wrapped, "báo cáo"))
        .hasValueSatisfying(problem -> assertThat(problem.getStatus()).isEqualTo(502));
  }

  @Test
  void anErrorThatIsNotAboutReachingTheServiceIsLeftToThePlatform() {
    assertThat(UpstreamProblems.of(new IllegalArgumentException("bug"), "báo cáo")).isEmpty();
    assertThat(UpstreamProblems.of(new ResponseStatusException(HttpStatus.NOT_FOUND), "báo cáo"))
        .isEmpty();
  }
}
