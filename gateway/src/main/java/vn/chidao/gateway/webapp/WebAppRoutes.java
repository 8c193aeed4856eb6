package vn.chidao.gateway.webapp;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RequestPredicates.accept;

import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Serves the web app's one page at each screen's address, and the public pages. The files under
 * {@code static/} are served by Spring's resource handling as they are (no build step).
 */
@Configuration(proxyBeanMethods = false)
class WebAppRoutes {

  private static final Resource INDEX = new ClassPathResource("static/index.html");
  private static final Resource LOGGED_OUT = new ClassPathResource("static/da-dang-xuat.html");
  private static final Resource LOGIN_FAILED = new ClassPathResource("static/loi-dang-nhap.html");

  @Bean
  RouterFunction<ServerResponse> webAppPages() {
    RouterFunctions.Builder routes = RouterFunctions.route();
    for (String pattern : WebAppPages.PATTERNS) {
      routes.route(page(pattern), request -> html(INDEX));
    }
    routes.route(page("/da-dang-xuat"), request -> html(LOGGED_OUT));
    routes.route(page("/loi-dang-nhap"), request -> html(LOGIN_FAILED));
    return routes.build();
  }

  /** A GET for a page (no Accept header counts as any); a client asking for JSON gets a 404. */
  private static RequestPredicate page(String pattern) {
    return GET(pattern).and(accept(MediaType.TEXT_HTML));
  }

  private static Mono<ServerResponse> html(Resource page) {
    // Always revalidated: a new release must reach the browser; the service worker keeps a
    // copy for offline use.
    return ServerResponse.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noCache())
        .bodyValue(page);
  }
}
