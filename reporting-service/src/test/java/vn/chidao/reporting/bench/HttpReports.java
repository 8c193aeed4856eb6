package vn.chidao.reporting.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import vn.chidao.platform.security.ChidaoRoles;
import vn.chidao.testsupport.LocalJwtIssuer;
import vn.chidao.testsupport.TokenSpec;
import vn.chidao.testsupport.synthetic.SyntheticUnit;

/**
 * The benchmark's HTTP client: submits reports through {@code POST
 * /api/reports/obligations/{id}/submit} with {@code concurrency} requests in flight, each with a
 * token of the unit's own reporter (minted up front, outside the timing), and reads figures through
 * {@code GET /api/reports/figures}.
 */
final class HttpReports {

  /** One report to submit: the unit's token and body. */
  record Submission(String obligationId, String bearer, Map<String, Object> body) {}

  private final WebClient client;
  private final int concurrency;

  HttpReports(int port, int concurrency) {
    this.concurrency = concurrency;
    ConnectionProvider pool =
        ConnectionProvider.builder("bench").maxConnections(concurrency).build();
    this.client =
        WebClient.builder()
            .baseUrl("http://127.0.0.1:" + port)
            .clientConnector(new ReactorClientHttpConnector(HttpClient.create(pool)))
            .build();
  }

  static String reporterToken(SyntheticUnit unit) {
    return LocalJwtIssuer.shared()
        .token(
            TokenSpec.of(
                    "bc." + unit.id(), unit.id(), unit.path(), unit.tenant(), ChidaoRoles.REPORTER)
                .expiresIn(Duration.ofHours(3)));
  }

  static String centralToken() {
    return LocalJwtIssuer.shared()
        .token(
            TokenSpec.of("tw.admin", "tw", "/tw/", "trung-uong", ChidaoRoles.CENTRAL_ADMIN)
                .expiresIn(Duration.ofHours(3)));
  }

  /** Submits all; fails on the first answer that is not 200. */
  void submitAll(List<Submission> submissions) {
    Flux.fromIterable(submissions)
        .flatMap(
            s ->
                client
                    .post()
                    .uri("/api/reports/obligations/{id}/submit", s.obligationId())
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + s.bearer())
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(s.body())
                    .retrieve()
                    .toBodilessEntity(),
            concurrency)
        .blockLast();
  }

  /** One figures request, answered in full. */
  Mono<String> figures(
      String bearer, String directive, String requirement, String period, String unit) {
    return client
        .get()
        .uri(
            b ->
                b.path("/api/reports/figures")
                    .queryParam("directiveId", directive)
                    .queryParam("requirementId", requirement)
                    .queryParam("period", period)
                    .queryParam("unitId", unit)
                    .build())
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + bearer)
        .retrieve()
        .bodyToMono(String.class);
  }
}
