package vn.chidao.platform.problem;

import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.chidao.platform.web.RequestIds;

/**
 * Writes a problem as {@code application/problem+json} outside controllers (security entry points,
 * the last-resort error handler), through the application's own codecs so the shape is identical to
 * what controllers return.
 */
public class ProblemResponder {

  private final ServerResponse.Context context;

  public ProblemResponder(ServerCodecConfigurer codecs) {
    List<HttpMessageWriter<?>> writers = codecs.getWriters();
    this.context =
        new ServerResponse.Context() {
          @Override
          public List<HttpMessageWriter<?>> messageWriters() {
            return writers;
          }

          @Override
          public List<ViewResolver> viewResolvers() {
            return List.of();
          }
        };
  }

  public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
    if (exchange.getResponse().isCommitted()) {
      return Mono.empty();
    }
    decorate(exchange, problem);
    return ServerResponse.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .bodyValue(problem)
        .flatMap(response -> response.writeTo(exchange, context));
  }

  /** Adds what every problem carries: the request path and the request id. */
  public static void decorate(ServerWebExchange exchange, ProblemDetail problem) {
    if (problem.getInstance() == null) {
      problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
    }
    String requestId = RequestIds.of(exchange);
    if (requestId != null) {
      problem.setProperty("requestId", requestId);
    }
  }
}
