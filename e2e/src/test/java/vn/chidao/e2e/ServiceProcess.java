package vn.chidao.e2e;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One chidao service started from its packaged jar as a separate JVM, configured through the same
 * environment variables {@code ./chidao up} and docker-compose use. Output goes to {@code
 * e2e/target/services/<name>.log}.
 */
final class ServiceProcess {

  private static final String JVM_FLAGS =
      "-Xmx256m -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dfile.encoding=UTF-8";

  /**
   * Runs the JVM given as arguments 2.. and stops it when the test JVM (argument 1) is gone, so a
   * test run that is killed never leaves services behind; TERM to the leash stops the service.
   */
  private static final String LEASH =
      """
      owner=$1; shift
      "$@" &
      service=$!
      trap 'kill "$service" 2>/dev/null; wait "$service"; exit 0' TERM INT HUP
      while kill -0 "$owner" 2>/dev/null && kill -0 "$service" 2>/dev/null; do
        sleep 1 & wait $!
      done
      kill "$service" 2>/dev/null
      wait "$service"
      """;

  private final String name;
  private final int port;
  private final Process process;
  private final Path log;

  private ServiceProcess(String name, int port, Process process, Path log) {
    this.name = name;
    this.port = port;
    this.process = process;
    this.log = log;
  }

  static ServiceProcess start(
      String module, int port, Map<String, String> env, List<String> extraArgs) throws IOException {
    Path root = Paths.get(System.getProperty("chidao.root", ".."));
    Path jar = jarOf(root.resolve(module).resolve("target"));
    Path logDir = root.resolve("e2e/target/services");
    Files.createDirectories(logDir);
    Path logFile = logDir.resolve(module + ".log");
    List<String> command = new ArrayList<>(List.of("bash", "-c", LEASH, module));
    command.add(String.valueOf(ProcessHandle.current().pid()));
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(JVM_FLAGS.split(" ")));
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(extraArgs);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(logFile.toFile());
    builder.environment().putAll(env);
    builder.environment().put("PORT", String.valueOf(port));
    return new ServiceProcess(module, port, builder.start(), logFile);
  }

  private static Path jarOf(Path target) throws IOException {
    try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, "*.jar")) {
      for (Path jar : jars) {
        if (!jar.getFileName().toString().endsWith("-plain.jar")) {
          return jar;
        }
      }
    }
    throw new IllegalStateException("No packaged jar in " + target + "; run ./mvnw package first");
  }

  String name() {
    return name;
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  String logTail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  /** Writes the service JVM's threads to {@code <dir>/<name>-threads.txt} (jcmd Thread.print). */
  void threadDump(Path dir) {
    Path jcmd = Paths.get(System.getProperty("java.home"), "bin", "jcmd");
    process
        .descendants()
        .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
        .findFirst()
        .ifPresent(
            jvm -> {
              try {
                Process dump =
                    new ProcessBuilder(
                            jcmd.toString(), String.valueOf(jvm.pid()), "Thread.print", "-l")
                        .redirectErrorStream(true)
                        .redirectOutput(dir.resolve(name + "-threads.txt").toFile())
                        .start();
                if (!dump.waitFor(30, TimeUnit.SECONDS)) {
                  dump.destroyForcibly();
                }
              } catch (IOException e) {
                System.out.println("No thread dump of " + name + ": " + e);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
  }

  /** Asks the service to stop (SIGTERM: Spring Boot shuts down gracefully). */
  void requestStop() {
    process.destroy();
  }

  /** Waits for a requested stop, killing the service if it takes too long. */
  void awaitStop() {
    try {
      if (!process.waitFor(15, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
