package vn.chidao.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Stands in for a chidao service behind the gateway. The gateway test is about what the gateway
 * does with a request (forwards it with its headers, or answers for a service that cannot), not
 * about any service's behaviour, so a JDK HTTP server on a free port that records what reaches it
 * is enough and keeps the test independent of the other modules.
 */
final class StandInService implements AutoCloseable {

  /** What reached the stand-in: method, path with query, and the headers the gateway sent. */
  record Received(
      String method, String pathAndQuery, String authorization, List<String> requestIds) {}

  private final HttpServer server;
  private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();

  private StandInService(boolean answers) {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/",
        exchange -> {
          record(exchange);
          if (answers) {
            answer(exchange);
          }
          // A silent stand-in never answers: the exchange stays open until the server stops,
          // like a service that hangs.
        });
    server.start();
  }

  /** A service that answers every request with 200 and a small JSON body. */
  static StandInService answering() {
    return new StandInService(true);
  }

  /** A service that accepts requests and never answers them. */
  static StandInService silent() {
    return new StandInService(false);
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  List<Received> receivedAt(String pathAndQuery) {
    return received.stream().filter(r -> r.pathAndQuery().equals(pathAndQuery)).toList();
  }

  private void record(HttpExchange exchange) {
    received.add(
        new Received(
            exchange.getRequestMethod(),
            exchange.getRequestURI().toString(),
            exchange.getRequestHeaders().getFirst("Authorization"),
            List.copyOf(exchange.getRequestHeaders().getOrDefault("X-Request-Id", List.of()))));
  }

  private static void answer(HttpExchange exchange) throws IOException {
    byte[] body = "{\"from\":\"stand-in\"}".getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    String requestId = exchange.getRequestHeaders().getFirst("X-Request-Id");
    if (requestId != null) {
      // Real services echo the id too (platform RequestIds); the client must still see it once.
      exchange.getResponseHeaders().set("X-Request-Id", requestId);
    }
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
