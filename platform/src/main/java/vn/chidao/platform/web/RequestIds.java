package vn.chidao.platform.web;

import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is sane (the gateway sets
 * one), a new one otherwise. It is echoed in the response and put into every problem, so a user can
 * quote it and an operator can find the request in every service's log.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIds implements WebFilter {

  public static final String HEADER = "X-Request-Id";
  public static final String ATTRIBUTE = RequestIds.class.getName() + ".id";
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    String given = exchange.getRequest().getHeaders().getFirst(HEADER);
    String id =
        given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    exchange.getAttributes().put(ATTRIBUTE, id);
    exchange.getResponse().getHeaders().set(HEADER, id);
    ServerWebExchange withId =
        id.equals(given)
            ? exchange
            : exchange.mutate().request(r -> r.headers(h -> h.set(HEADER, id))).build();
    return chain.filter(withId);
  }

  /** The id of the request being handled, or null outside a request. */
  public static String of(ServerWebExchange exchange) {
    return exchange.getAttribute(ATTRIBUTE);
  }
}
