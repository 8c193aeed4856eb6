package vn.chidao.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A DevTools connection of its own to the browser's page, for what chromedriver's {@code
 * executeCdpCommand} cannot do: receive events (e.g. {@code
 * ServiceWorker.workerRegistrationUpdated}, which carries the registration id that {@code
 * ServiceWorker.deliverPushMessage} needs).
 */
final class PageDevTools implements AutoCloseable {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Duration ANSWER = Duration.ofSeconds(30);

  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> answers = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new CopyOnWriteArrayList<>();

  private PageDevTools(HttpClient http, URI page) {
    this.socket = http.newWebSocketBuilder().buildAsync(page, new Frames()).join();
  }

  /** Attaches to the first page target of the browser (each Browser has one tab). */
  static PageDevTools open(Browser browser) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String targets =
        http.send(
                HttpRequest.newBuilder(
                        URI.create("http://" + browser.debuggerAddress() + "/json/list"))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    for (JsonNode target : JSON.readTree(targets)) {
      if ("page".equals(target.path("type").asString())) {
        return new PageDevTools(http, URI.create(target.path("webSocketDebuggerUrl").asString()));
      }
    }
    throw new IllegalStateException("No page target in " + targets);
  }

  /** Sends a command and waits for its answer; a DevTools error becomes an exception. */
  JsonNode send(String method, Map<String, Object> params) throws Exception {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    answers.put(id, answer);
    socket
        .sendText(
            JSON.writeValueAsString(Map.of("id", id, "method", method, "params", params)), true)
        .join();
    JsonNode reply = answer.get(ANSWER.toSeconds(), TimeUnit.SECONDS);
    if (reply.has("error")) {
      throw new IllegalStateException(method + " refused: " + reply.path("error"));
    }
    return reply.path("result");
  }

  /** Every event of that name received so far, oldest first. */
  List<JsonNode> events(String method) {
    return events.stream().filter(e -> method.equals(e.path("method").asString())).toList();
  }

  @Override
  public void close() {
    socket.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(5, TimeUnit.SECONDS);
  }

  /** Reassembles text frames into messages: answers complete their command, the rest are events. */
  private final class Frames implements WebSocket.Listener {
    private final StringBuilder message = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      message.append(data);
      if (last) {
        JsonNode node = JSON.readTree(message.toString());
        message.setLength(0);
        if (node.has("id")) {
          CompletableFuture<JsonNode> answer = answers.remove(node.path("id").asInt());
          if (answer != null) {
            answer.complete(node);
          }
        } else {
          events.add(node);
        }
      }
      webSocket.request(1);
      return null;
    }
  }
}
