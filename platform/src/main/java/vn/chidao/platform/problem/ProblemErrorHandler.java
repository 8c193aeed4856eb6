package vn.chidao.platform.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Last resort for errors raised outside controllers (no route, a failing filter): still one
 * Vietnamese problem, never Boot's default error JSON or a stack trace.
 */
public class ProblemErrorHandler implements WebExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);
  private final ProblemResponder responder;

  public ProblemErrorHandler(ProblemResponder responder) {
    this.responder = responder;
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
    HttpStatusCode status = statusOf(ex);
    if (status.is5xxServerError()) {
      log.error("Unhandled error on {}", exchange.getRequest().getPath(), ex);
    }
    ProblemDetail problem =
        ex instanceof ErrorResponse response
                && response.getBody().getType() != null
                && response.getBody().getType().toString().startsWith(Problems.TYPE_BASE)
            ? response.getBody()
            : Problems.of(
                status,
                Problems.slugFor(status),
                Problems.titleFor(status),
                Problems.detailFor(status));
    return responder.write(exchange, problem);
  }

  private static HttpStatusCode statusOf(Throwable ex) {
    if (ex instanceof ErrorResponse response) {
      return response.getStatusCode();
    }
    if (ex instanceof DataBufferLimitException) {
      return HttpStatus.CONTENT_TOO_LARGE;
    }
    return HttpStatus.INTERNAL_SERVER_ERROR;
  }
}
