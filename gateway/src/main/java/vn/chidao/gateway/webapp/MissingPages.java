package vn.chidao.gateway.webapp;

import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.resource.NoResourceFoundException;
import org.springframework.web.server.ServerWebExchange;
import vn.chidao.platform.problem.ProblemResponder;
import vn.chidao.platform.problem.Problems;
import vn.chidao.platform.web.RequestIds;

/**
 * An address nothing answers reaches the static-file handler, whose "not found" is handled by
 * controller advice before any {@code WebExceptionHandler} sees it. Here it becomes the Vietnamese
 * HTML page for a browser and the usual 404 problem for everyone else.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MissingPages {

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<?> notFound(NoResourceFoundException missing, ServerWebExchange exchange) {
    HttpStatus status = HttpStatus.NOT_FOUND;
    if (HtmlErrorPages.wantsPage(exchange)) {
      return ResponseEntity.status(status)
          .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
          .body(HtmlErrorPages.render(status, RequestIds.of(exchange)));
    }
    ProblemDetail problem =
        Problems.of(status, "not-found", Problems.titleFor(status), Problems.detailFor(status));
    ProblemResponder.decorate(exchange, problem);
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
