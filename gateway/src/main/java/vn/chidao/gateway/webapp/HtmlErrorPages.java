package vn.chidao.gateway.webapp;

import java.nio.charset.StandardCharsets;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;
import vn.chidao.platform.problem.Problems;
import vn.chidao.platform.web.RequestIds;

/**
 * A browser that navigates to an address that fails (an unknown page, a broken link) gets a page in
 * Vietnamese with the request id to quote, not problem JSON. Scripts and API clients (who do not
 * ask for HTML) still get the platform's problem. No script or inline style: the CSP holds here
 * too.
 */
@Component
@Order(-3) // ahead of the platform's problem handler (-2)
class HtmlErrorPages implements WebExceptionHandler {

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
    if (!wantsPage(exchange) || exchange.getResponse().isCommitted()) {
      return Mono.error(ex);
    }
    HttpStatusCode status =
        ex instanceof ErrorResponse response
            ? response.getStatusCode()
            : HttpStatus.INTERNAL_SERVER_ERROR;
    byte[] page = render(status, RequestIds.of(exchange)).getBytes(StandardCharsets.UTF_8);
    exchange.getResponse().setStatusCode(status);
    exchange
        .getResponse()
        .getHeaders()
        .setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
    DataBuffer buffer = exchange.getResponse().bufferFactory().wrap(page);
    return exchange.getResponse().writeWith(Mono.just(buffer));
  }

  static boolean wantsPage(ServerWebExchange exchange) {
    return HttpMethod.GET.equals(exchange.getRequest().getMethod())
        && !exchange.getRequest().getPath().value().startsWith("/api/")
        && exchange.getRequest().getHeaders().getAccept().stream()
            .anyMatch(type -> type.equalsTypeAndSubtype(MediaType.TEXT_HTML));
  }

  static String render(HttpStatusCode status, String requestId) {
    String title = HtmlUtils.htmlEscape(Problems.titleFor(status), "UTF-8");
    String detail = HtmlUtils.htmlEscape(Problems.detailFor(status), "UTF-8");
    String id = requestId == null ? "" : HtmlUtils.htmlEscape(requestId, "UTF-8");
    return """
        <!doctype html>
        <html lang="vi"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s — chidao</title><link rel="stylesheet" href="/css/app.css"></head>
        <body class="plain"><main class="plain-page">
        <h1>%s</h1><p>%s</p>
        <p class="muted">Mã yêu cầu: <code>%s</code> — hãy gửi mã này khi báo lỗi.</p>
        <p><a class="button" href="/">Về trang chính</a></p>
        </main></body></html>
        """
        .formatted(title, title, detail, id);
  }
}
