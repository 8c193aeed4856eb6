package vn.chidao.identity.orgimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP forwarder on a fixed local port that a test can take down and bring back, to play a
 * RabbitMQ that is briefly unreachable (the real broker behind it keeps running). While down, the
 * port refuses connections and every open connection through it is cut.
 */
final class TcpProxy {

  private final int port;
  private final String targetHost;
  private final int targetPort;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile ServerSocket server;

  private TcpProxy(int port, String targetHost, int targetPort) {
    this.port = port;
    this.targetHost = targetHost;
    this.targetPort = targetPort;
  }

  /** A proxy on a free port, already forwarding. */
  static TcpProxy to(String host, int port) {
    try (ServerSocket probe = new ServerSocket(0)) {
      TcpProxy proxy = new TcpProxy(probe.getLocalPort(), host, port);
      probe.close();
      proxy.start();
      return proxy;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  int port() {
    return port;
  }

  synchronized void start() {
    if (server != null && !server.isClosed()) {
      return;
    }
    try {
      ServerSocket socket = new ServerSocket();
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress("127.0.0.1", port));
      server = socket;
      daemon("tcp-proxy-accept", () -> accept(socket));
    } catch (IOException e) {
      throw new IllegalStateException("cannot listen on " + port, e);
    }
  }

  synchronized void stop() {
    try {
      if (server != null) {
        server.close();
      }
    } catch (IOException ignored) {
      // closing anyway
    }
    for (Socket socket : open) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
    open.clear();
  }

  private void accept(ServerSocket socket) {
    while (!socket.isClosed()) {
      Socket client;
      try {
        client = socket.accept();
      } catch (IOException closed) {
        return;
      }
      try {
        Socket upstream = new Socket(targetHost, targetPort);
        open.add(client);
        open.add(upstream);
        daemon("tcp-proxy-up", () -> pipe(client, upstream));
        daemon("tcp-proxy-down", () -> pipe(upstream, client));
      } catch (IOException unreachable) {
        // The broker behind refused this one client: drop it and keep accepting the next.
        try {
          client.close();
        } catch (IOException ignored) {
          // closed anyway
        }
      }
    }
  }

  private void pipe(Socket from, Socket to) {
    byte[] buffer = new byte[16 * 1024];
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        out.write(buffer, 0, read);
        out.flush();
      }
    } catch (IOException cut) {
      // one side went away: close both below
    } finally {
      try {
        from.close();
        to.close();
      } catch (IOException ignored) {
        // closed anyway
      }
    }
  }

  private static void daemon(String name, Runnable task) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
  }
}
