package vn.chidao.testsupport.push;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

/**
 * A Web Push service on loopback for tests and benchmarks, standing in for the browser vendors'
 * push services (which cannot be reached from here). It behaves as RFC 8030/8291/8292 require of
 * one: it accepts a POST to a subscription's endpoint only with a valid VAPID authorization and a
 * {@code TTL}, decrypts the {@code aes128gcm} body with the subscription's private key, and answers
 * 201. Like a real push service it remembers VAPID tokens whose signature it verified (senders
 * reuse one per push service) and still checks their claims on every request; every body is
 * decrypted. It also plays the failures a sender must handle: 404/410 for a dead subscription, 429
 * and 5xx with {@code Retry-After}.
 */
public final class LocalPushService implements AutoCloseable {

  private static final Set<String> URGENCIES = Set.of("very-low", "low", "normal", "high");
  private static final Pattern TOPIC = Pattern.compile("[A-Za-z0-9_-]{1,32}");
  private static final int MAX_BODY = 4096; // RFC 8030 §7.2: at least 4096 bytes must be accepted
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final String origin;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, BrowserSubscription> subscriptions = new ConcurrentHashMap<>();
  private final Set<String> gone = ConcurrentHashMap.newKeySet();
  private final Map<String, Deque<Integer>> scripted = new ConcurrentHashMap<>();
  private final Map<String, Duration> retryAfter = new ConcurrentHashMap<>();
  // Appended per push (thousands in a benchmark): a copy-on-write list would copy itself each time.
  private final Queue<ReceivedPush> received = new ConcurrentLinkedQueue<>();
  private final AtomicInteger receivedCount = new AtomicInteger();
  private final List<RejectedPush> rejected = new CopyOnWriteArrayList<>();
  private final Map<String, VapidCheck.Verified> verifiedTokens = new ConcurrentHashMap<>();
  private final LongAdder cpuNanos = new LongAdder();

  private LocalPushService() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    origin = "http://127.0.0.1:" + server.getAddress().getPort();
    server.createContext("/push/", this::handle);
    // Each exchange (reading the request, checking, decrypting, answering) counts its thread's CPU.
    server.setExecutor(task -> executor.execute(() -> runCounted(task)));
    server.start();
  }

  public static LocalPushService start() {
    return new LocalPushService();
  }

  /** The origin VAPID tokens must name as {@code aud}. */
  public String origin() {
    return origin;
  }

  /** A new browser subscribing: fresh P-256 key pair and auth secret. */
  public BrowserSubscription subscribe() {
    String id = UUID.randomUUID().toString();
    byte[] auth = new byte[16];
    random.nextBytes(auth);
    BrowserSubscription subscription =
        BrowserSubscription.create(id, origin + "/push/" + id, EcKeys.newKeyPair(), auth);
    subscriptions.put(id, subscription);
    return subscription;
  }

  /** The browser unsubscribed (or the user revoked permission): further pushes get 410 Gone. */
  public void unsubscribe(BrowserSubscription subscription) {
    gone.add(subscription.id());
  }

  /**
   * The next {@code times} pushes to the subscription are answered with {@code status} (e.g. 429 or
   * 503), with {@code Retry-After} in seconds when given.
   */
  public void failNext(BrowserSubscription subscription, int status, int times, Duration after) {
    Deque<Integer> queue = scripted.computeIfAbsent(subscription.id(), id -> new ArrayDeque<>());
    synchronized (queue) {
      for (int i = 0; i < times; i++) {
        queue.add(status);
      }
    }
    if (after != null) {
      retryAfter.put(subscription.id(), after);
    }
  }

  public List<ReceivedPush> received() {
    return List.copyOf(received);
  }

  /** How many pushes were accepted so far, without copying them (benchmarks poll this). */
  public int receivedCount() {
    return receivedCount.get();
  }

  public List<ReceivedPush> receivedBy(BrowserSubscription subscription) {
    return received.stream().filter(p -> p.subscriptionId().equals(subscription.id())).toList();
  }

  public List<RejectedPush> rejected() {
    return List.copyOf(rejected);
  }

  /**
   * CPU time this push service spent handling requests so far (reading, VAPID, decrypting,
   * answering; the accepting thread is not counted). On one machine it competes with the sender:
   * benchmarks report it.
   */
  public Duration cpuTime() {
    return Duration.ofNanos(cpuNanos.sum());
  }

  private void runCounted(Runnable task) {
    long before = THREADS.getCurrentThreadCpuTime();
    try {
      task.run();
    } finally {
      cpuNanos.add(THREADS.getCurrentThreadCpuTime() - before);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String id = exchange.getRequestURI().getPath().substring("/push/".length());
      byte[] body = readBody(exchange.getRequestBody());
      if (!"POST".equals(exchange.getRequestMethod())) {
        answer(exchange, id, 405, "only POST delivers a push message");
      } else if (!subscriptions.containsKey(id)) {
        answer(exchange, id, 404, "no such subscription");
      } else if (gone.contains(id)) {
        answer(exchange, id, 410, "subscription expired or unsubscribed");
      } else {
        Integer status = nextScripted(id);
        if (status != null) {
          Duration after = retryAfter.get(id);
          if (after != null) {
            exchange.getResponseHeaders().set("Retry-After", String.valueOf(after.toSeconds()));
          }
          answer(exchange, id, status, "scripted failure");
        } else {
          accept(exchange, subscriptions.get(id), body);
        }
      }
    }
  }

  private void accept(HttpExchange exchange, BrowserSubscription subscription, byte[] body)
      throws IOException {
    String id = subscription.id();
    VapidCheck.Signer signer;
    try {
      signer =
          VapidCheck.verify(
              exchange.getRequestHeaders().getFirst("Authorization"), origin, verifiedTokens);
    } catch (VapidCheck.InvalidVapid e) {
      answer(exchange, id, 401, "VAPID: " + e.getMessage());
      return;
    }
    String ttl = exchange.getRequestHeaders().getFirst("TTL");
    String urgency = exchange.getRequestHeaders().getFirst("Urgency");
    String topic = exchange.getRequestHeaders().getFirst("Topic");
    String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
    if (ttl == null || !ttl.matches("\\d{1,10}")) {
      answer(exchange, id, 400, "TTL header missing or not a number of seconds");
    } else if (urgency != null && !URGENCIES.contains(urgency)) {
      answer(exchange, id, 400, "Urgency must be very-low, low, normal or high");
    } else if (topic != null && !TOPIC.matcher(topic).matches()) {
      answer(exchange, id, 400, "Topic must be 1-32 base64url characters");
    } else if (!"aes128gcm".equals(encoding)) {
      answer(exchange, id, 415, "Content-Encoding must be aes128gcm");
    } else if (body.length > MAX_BODY) {
      answer(exchange, id, 413, "payload over 4096 bytes");
    } else {
      try {
        byte[] payload = Aes128GcmDecryption.decrypt(body, subscription);
        received.add(
            new ReceivedPush(
                id,
                payload,
                Long.parseLong(ttl),
                urgency == null ? "normal" : urgency,
                topic,
                signer.subject(),
                signer.publicKey(),
                Instant.now()));
        receivedCount.incrementAndGet();
        exchange.getResponseHeaders().set("Location", origin + "/message/" + UUID.randomUUID());
        exchange.sendResponseHeaders(201, -1);
      } catch (GeneralSecurityException e) {
        answer(exchange, id, 400, "cannot decrypt: " + e.getMessage());
      }
    }
  }

  private Integer nextScripted(String id) {
    Deque<Integer> queue = scripted.get(id);
    if (queue == null) {
      return null;
    }
    synchronized (queue) {
      return queue.poll();
    }
  }

  private void answer(HttpExchange exchange, String id, int status, String reason)
      throws IOException {
    rejected.add(new RejectedPush(id, status, reason));
    exchange.sendResponseHeaders(status, -1);
  }

  private static byte[] readBody(InputStream in) throws IOException {
    return in.readNBytes(MAX_BODY + 1024);
  }
}
