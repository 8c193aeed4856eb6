package vn.chidao.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Stands in for a service that crashes while handling a request: it reads the request line and
 * headers, then resets the connection without answering, so the request may or may not have been
 * carried out. That is the case where a retry is tempting and, for a POST, wrong. Requests to
 * {@link #WARM_UP} are answered and the connection kept open, so the next request travels over a
 * pooled connection as most do in production. A plain socket server is used because an HTTP server
 * library always answers something.
 */
final class DroppingService implements AutoCloseable {

  static final String WARM_UP = "/api/reports/warm-up";

  private final ServerSocket server;
  private final ConcurrentLinkedQueue<String> requestLines = new ConcurrentLinkedQueue<>();

  private DroppingService() {
    try {
      server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    daemon(this::acceptUntilClosed, "dropping-service");
  }

  static DroppingService start() {
    return new DroppingService();
  }

  String url() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  /** How many requests with this method and path (e.g. "POST /api/reports/x") arrived. */
  long requestsFor(String methodAndPath) {
    return requestLines.stream().filter(line -> line.startsWith(methodAndPath + " ")).count();
  }

  List<String> requestLines() {
    return List.copyOf(requestLines);
  }

  private void acceptUntilClosed() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        daemon(() -> serve(socket), "dropping-service-connection");
      } catch (IOException e) {
        if (server.isClosed()) {
          return;
        }
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      InputStream in = socket.getInputStream();
      OutputStream out = socket.getOutputStream();
      while (true) {
        String requestLine = readHead(in);
        if (requestLine.isEmpty()) {
          return; // the gateway closed the connection
        }
        requestLines.add(requestLine);
        if (!requestLine.startsWith("GET " + WARM_UP + " ")) {
          socket.setSoLinger(true, 0); // close with RST: the peer sees a reset, not a response
          return;
        }
        out.write(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
      }
    } catch (IOException e) {
      // The gateway hung up; nothing to record.
    }
  }

  /** Reads up to the blank line ending the headers; returns the request line ("" at end). */
  private static String readHead(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    int b;
    while ((b = in.read()) != -1) {
      head.append((char) b);
      if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
        break;
      }
    }
    int end = head.indexOf("\r\n");
    return end < 0 ? head.toString() : head.substring(0, end);
  }

  private static void daemon(Runnable task, String name) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
