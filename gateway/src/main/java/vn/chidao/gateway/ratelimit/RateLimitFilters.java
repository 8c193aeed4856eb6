package vn.chidao.gateway.ratelimit;

import java.net.InetSocketAddress;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;
import vn.chidao.platform.problem.ProblemResponder;
import vn.chidao.platform.problem.Problems;

/**
 * Two limits. Per address runs before the security chain, so floods of requests with bad or no
 * tokens are slowed before they cost a signature check; per person runs after it, when the caller
 * is known, over /api/**. A refused request gets 429 with {@code Retry-After} and a Vietnamese
 * problem, and never reaches a service. Health checks are not limited.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitFilters {

  /** Before Spring Security's chain (-100), after the request id (highest precedence). */
  static final int ADDRESS_ORDER = -200;

  /** After Spring Security's chain, when the principal is known. */
  static final int USER_ORDER = 0;

  @Bean
  WebFilter addressRateLimit(RateLimitProperties properties, ProblemResponder responder) {
    RateLimits limits = new RateLimits(properties.perAddress(), properties.maxKeys());
    return new OrderedFilter(
        ADDRESS_ORDER,
        (exchange, chain) -> {
          if (!properties.enabled() || isHealth(exchange)) {
            return chain.filter(exchange);
          }
          RateLimits.Decision decision = limits.tryConsume("ip:" + address(exchange));
          return decision.allowed()
              ? chain.filter(exchange)
              : refuse(exchange, responder, decision, "địa chỉ mạng của bạn");
        });
  }

  @Bean
  WebFilter userRateLimit(RateLimitProperties properties, ProblemResponder responder) {
    RateLimits limits = new RateLimits(properties.perUser(), properties.maxKeys());
    return new OrderedFilter(
        USER_ORDER,
        (exchange, chain) -> {
          if (!properties.enabled()
              || !exchange.getRequest().getPath().value().startsWith("/api/")) {
            return chain.filter(exchange);
          }
          return exchange
              .getPrincipal()
              .map(principal -> limits.tryConsume("user:" + principal.getName()))
              .defaultIfEmpty(new RateLimits.Decision(true, 0))
              .flatMap(
                  decision ->
                      decision.allowed()
                          ? chain.filter(exchange)
                          : refuse(exchange, responder, decision, "tài khoản của bạn"));
        });
  }

  private static boolean isHealth(ServerWebExchange exchange) {
    return exchange.getRequest().getPath().value().startsWith("/actuator/health");
  }

  /** The peer's address; behind a proxy, the client's as forwarded-header handling set it. */
  private static String address(ServerWebExchange exchange) {
    InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
    if (remote == null) {
      return "unknown";
    }
    return remote.getAddress() != null
        ? remote.getAddress().getHostAddress()
        : remote.getHostString();
  }

  private static Mono<Void> refuse(
      ServerWebExchange exchange,
      ProblemResponder responder,
      RateLimits.Decision decision,
      String whose) {
    exchange
        .getResponse()
        .getHeaders()
        .set(HttpHeaders.RETRY_AFTER, String.valueOf(decision.retryAfterSeconds()));
    return responder.write(exchange, problem(decision.retryAfterSeconds(), whose));
  }

  static ProblemDetail problem(long retryAfterSeconds, String whose) {
    ProblemDetail problem =
        Problems.of(
            HttpStatus.TOO_MANY_REQUESTS,
            "too-many-requests",
            "Quá nhiều yêu cầu",
            "Có quá nhiều yêu cầu từ "
                + whose
                + " trong thời gian ngắn; yêu cầu này chưa được thực hiện. Hãy thử lại sau "
                + retryAfterSeconds
                + " giây.");
    problem.setProperty("retryAfterSeconds", retryAfterSeconds);
    return problem;
  }
}
