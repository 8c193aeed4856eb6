package vn.chidao.platform.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;

/**
 * Turns every exception raised while handling a request into one problem shape with a Vietnamese
 * title and detail. Validation errors list each field with its message.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

  @Override
  protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(
      WebExchangeBindException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      ServerWebExchange exchange) {
    List<Map<String, String>> errors =
        ex.getFieldErrors().stream()
            .map(e -> Map.of("field", e.getField(), "message", messageOf(e)))
            .toList();
    String detail =
        "Dữ liệu không hợp lệ: "
            + String.join("; ", errors.stream().map(e -> e.get("message")).toList())
            + ".";
    ProblemDetail problem = Problems.of(status, "validation", "Dữ liệu không hợp lệ", detail);
    problem.setProperty("errors", errors);
    return handleExceptionInternal(ex, problem, headers, status, exchange);
  }

  @Override
  protected Mono<ResponseEntity<Object>> handleServerWebInputException(
      ServerWebInputException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      ServerWebExchange exchange) {
    if (causedByLimit(ex)) {
      return tooLarge(new DataBufferLimitException("request body over the limit"), exchange);
    }
    String reason = String.valueOf(ex.getReason());
    String detail =
        reason.contains("No request body")
            ? "Thiếu nội dung yêu cầu."
            : "Nội dung yêu cầu không đọc được: JSON sai cú pháp hoặc sai kiểu dữ liệu.";
    ProblemDetail problem =
        Problems.of(status, "unreadable-request", Problems.titleFor(status), detail);
    return handleExceptionInternal(ex, problem, headers, status, exchange);
  }

  @ExceptionHandler(DataBufferLimitException.class)
  public Mono<ResponseEntity<Object>> tooLarge(
      DataBufferLimitException ex, ServerWebExchange exchange) {
    HttpStatus status = HttpStatus.CONTENT_TOO_LARGE;
    ProblemDetail problem =
        Problems.of(status, "too-large", Problems.titleFor(status), Problems.detailFor(status));
    return handleExceptionInternal(ex, problem, new HttpHeaders(), status, exchange);
  }

  @ExceptionHandler(AccessDeniedException.class)
  public Mono<ResponseEntity<Object>> denied(AccessDeniedException ex, ServerWebExchange exchange) {
    HttpStatus status = HttpStatus.FORBIDDEN;
    ProblemDetail problem =
        Problems.of(status, "forbidden", Problems.titleFor(status), Problems.detailFor(status));
    return handleExceptionInternal(ex, problem, new HttpHeaders(), status, exchange);
  }

  @ExceptionHandler(Exception.class)
  public Mono<ResponseEntity<Object>> unexpected(Exception ex, ServerWebExchange exchange) {
    log.error("Unhandled error on {}", exchange.getRequest().getPath(), ex);
    HttpStatus status = HttpStatus.INTERNAL_SERVER_ERROR;
    ProblemDetail problem =
        Problems.of(status, "internal", Problems.titleFor(status), Problems.detailFor(status));
    return handleExceptionInternal(ex, problem, new HttpHeaders(), status, exchange);
  }

  @Override
  protected Mono<ResponseEntity<Object>> handleExceptionInternal(
      Exception ex,
      @Nullable Object body,
      @Nullable HttpHeaders headers,
      HttpStatusCode status,
      ServerWebExchange exchange) {
    ProblemDetail problem =
        body instanceof ProblemDetail given
            ? given
            : ((ErrorResponse) asErrorResponse(ex, status)).getBody();
    localize(problem, status);
    ProblemResponder.decorate(exchange, problem);
    HttpHeaders out = new HttpHeaders();
    if (headers != null) {
      out.putAll(headers);
    }
    out.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    return Mono.just(ResponseEntity.status(status).headers(out).body(problem));
  }

  /** The codec limit surfaces wrapped in a 400 input error; the client deserves a 413. */
  private static boolean causedByLimit(Throwable ex) {
    for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
      if (cause instanceof DataBufferLimitException) {
        return true;
      }
    }
    return false;
  }

  private static ErrorResponse asErrorResponse(Exception ex, HttpStatusCode status) {
    return ex instanceof ErrorResponse response
        ? response
        : ErrorResponse.create(ex, status, Problems.detailFor(status));
  }

  /** Framework problems come with English text; ours are already Vietnamese. */
  private static void localize(ProblemDetail problem, HttpStatusCode status) {
    boolean ours =
        problem.getType() != null && problem.getType().toString().startsWith(Problems.TYPE_BASE);
    if (!ours) {
      problem.setType(URI.create(Problems.TYPE_BASE + Problems.slugFor(status)));
      problem.setTitle(Problems.titleFor(status));
      problem.setDetail(Problems.detailFor(status));
    }
  }

  private static String messageOf(FieldError error) {
    if (error.isBindingFailure()) {
      // Spring's conversion messages are English and name Java types; say it plainly instead.
      return "Giá trị của " + error.getField() + " không đúng kiểu dữ liệu";
    }
    String message = error.getDefaultMessage();
    return message == null ? error.getField() + " không hợp lệ" : message;
  }
}
