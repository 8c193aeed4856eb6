package vn.chidao.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Puts the project's login theme ({@code identity/realm/themes/chidao}) into the test Keycloak's
 * {@code themes/} folder, as compose and {@code ./chidao up} do for theirs. Keycloak in dev mode
 * reads theme folders on each request, so a running shared server picks it up too.
 */
final class KeycloakTheme {

  private KeycloakTheme() {}

  static void install() {
    Path root = Paths.get(System.getProperty("chidao.root", ".."));
    Path source = root.resolve("identity/realm/themes");
    String home = System.getProperty("chidao.keycloak.home", System.getenv("CHIDAO_KEYCLOAK_HOME"));
    if (home == null || !Files.isDirectory(source)) {
      return; // a container Keycloak (Docker) or no theme: the built-in theme is used
    }
    Path target = Paths.get(home, "themes");
    if (!Files.isDirectory(target)) {
      return;
    }
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path copy = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot install the login theme into " + target, e);
    }
  }
}
