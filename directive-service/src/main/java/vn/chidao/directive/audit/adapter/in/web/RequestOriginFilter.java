package vn.chidao.directive.audit.adapter.in.web;

import java.net.InetSocketAddress;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import vn.chidao.directive.audit.model.RequestOrigin;
import vn.chidao.platform.web.RequestIds;

/**
 * Puts each request's origin into the Reactor context for the audit trail: the request id
 * (platform's {@link RequestIds}, which runs first) and the client address — the first {@code
 * X-Forwarded-For} hop when the gateway forwarded it, else the peer address.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestOriginFilter implements WebFilter {

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    RequestOrigin origin = new RequestOrigin(clientAddress(exchange), RequestIds.of(exchange));
    return chain
        .filter(exchange)
        .contextWrite(context -> context.put(RequestOrigin.CONTEXT_KEY, origin));
  }

  private static String clientAddress(ServerWebExchange exchange) {
    String forwarded = exchange.getRequest().getHeaders().getFirst("X-Forwarded-For");
    if (forwarded != null && !forwarded.isBlank()) {
      String first = forwarded.split(",")[0].strip();
      if (first.length() <= 64) {
        return first;
      }
    }
    InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
    return remote == null || remote.getAddress() == null
        ? null
        : remote.getAddress().getHostAddress();
  }
}
