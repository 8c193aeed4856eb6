package vn.chidao.devstack;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the embedded MongoDB listens and keeps its data. Each value comes from a command-line
 * argument ({@code --host=}, {@code --port=}, {@code --file=}), else from the environment ({@code
 * MONGO_HOST}, {@code MONGO_PORT}, {@code MONGO_FILE}), else from the default.
 */
public record MongoSettings(String host, int port, Path file) {

  static final String DEFAULT_HOST = "127.0.0.1";
  static final int DEFAULT_PORT = 27017;
  static final String DEFAULT_FILE = ".run/data/mongo.mv";

  public MongoSettings {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    // Port 0 asks the operating system for a free port (tests use it).
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    if (file == null) {
      throw new IllegalArgumentException("file must be given");
    }
  }

  static MongoSettings from(String[] args, Map<String, String> env) {
    String host = value(args, "host", env.get("MONGO_HOST"), DEFAULT_HOST);
    String port = value(args, "port", env.get("MONGO_PORT"), String.valueOf(DEFAULT_PORT));
    String file = value(args, "file", env.get("MONGO_FILE"), DEFAULT_FILE);
    try {
      return new MongoSettings(host, Integer.parseInt(port.trim()), Path.of(file));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("port is not a number: " + port, e);
    }
  }

  private static String value(String[] args, String name, String fromEnv, String fallback) {
    String prefix = "--" + name + "=";
    for (String arg : args) {
      if (arg.startsWith(prefix)) {
        return arg.substring(prefix.length());
      }
    }
    return fromEnv == null || fromEnv.isBlank() ? fallback : fromEnv;
  }
}
