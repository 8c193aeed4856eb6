package vn.chidao.gateway.ratelimit;

import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** A web filter with an explicit place in the chain (a lambda cannot carry one). */
record OrderedFilter(int order, WebFilter delegate) implements WebFilter, Ordered {

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    return delegate.filter(exchange, chain);
  }

  @Override
  public int getOrder() {
    return order;
  }
}
