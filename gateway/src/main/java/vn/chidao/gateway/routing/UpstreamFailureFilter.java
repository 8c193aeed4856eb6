package vn.chidao.gateway.routing;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.chidao.platform.problem.ProblemResponder;

/**
 * Turns "the service behind this route could not answer" into a problem that names the service. It
 * wraps the whole route (outermost, so after any retry) because an error leaving the route would
 * otherwise reach the platform's catch-all advice and become a generic 500. Every other error
 * passes through untouched.
 */
@Component
class UpstreamFailureFilter implements GlobalFilter, Ordered {

  /** Route metadata key holding the service's Vietnamese name (see application.yml). */
  static final String SERVICE_NAME = "service-name";

  private static final Logger log = LoggerFactory.getLogger(UpstreamFailureFilter.class);
  private final ProblemResponder responder;

  UpstreamFailureFilter(ProblemResponder responder) {
    this.responder = responder;
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
    return chain.filter(exchange).onErrorResume(error -> answerFor(exchange, error));
  }

  private Mono<Void> answerFor(ServerWebExchange exchange, Throwable error) {
    Route route = exchange.getAttribute(GATEWAY_ROUTE_ATTR);
    if (route == null) {
      return Mono.error(error);
    }
    String service = String.valueOf(route.getMetadata().getOrDefault(SERVICE_NAME, route.getId()));
    return UpstreamProblems.of(error, service)
        .map(
            problem -> {
              // One line, no stack trace: the cause is the service's state, not a bug here.
              log.warn(
                  "{} {} via route {}: {} ({})",
                  exchange.getRequest().getMethod(),
                  exchange.getRequest().getPath(),
                  route.getId(),
                  problem.getStatus(),
                  error.toString());
              return responder.write(exchange, problem);
            })
        .orElseGet(() -> Mono.error(error));
  }
}
