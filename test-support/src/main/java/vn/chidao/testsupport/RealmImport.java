package vn.chidao.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports the project's realm file into a fresh Keycloak through the admin REST API. Both the
 * container and the local server are set up this way, so tests see the same realm either way.
 */
final class RealmImport {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\$\\{([A-Za-z0-9_.]+)(?::([^}]*))?}");

  private RealmImport() {}

  /** The realm export shared by compose, tests and ./chidao up. */
  static Path realmFile() {
    String root = System.getProperty("chidao.root");
    Path base = root != null ? Paths.get(root) : findRoot();
    Path file = base.resolve("identity/realm/chidao-realm.json");
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("Realm file not found: " + file);
    }
    return file;
  }

  /** Walks up from the working directory to the folder holding the root pom and mvnw. */
  private static Path findRoot() {
    Path dir = Paths.get("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("Cannot find the chidao root; set -Dchidao.root");
    }
    return dir;
  }

  static void importInto(String baseUrl, String adminUser, String adminPassword)
      throws IOException, InterruptedException {
    String token = adminToken(baseUrl, adminUser, adminPassword);
    HttpRequest create =
        HttpRequest.newBuilder(URI.create(baseUrl + "/admin/realms"))
            .timeout(Duration.ofSeconds(120))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    resolvePlaceholders(Files.readString(realmFile()))))
            .build();
    HttpResponse<String> response = HTTP.send(create, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 201 && response.statusCode() != 409) {
      throw new IllegalStateException(
          "Realm import refused (" + response.statusCode() + "): " + response.body());
    }
  }

  /**
   * Keycloak resolves {@code ${VAR}} and {@code ${VAR:default}} in realm files it imports at
   * start-up, but not in realms posted to the admin API; do the same here so both paths agree.
   */
  static String resolvePlaceholders(String realm) {
    Matcher matcher = PLACEHOLDER.matcher(realm);
    StringBuilder resolved = new StringBuilder();
    while (matcher.find()) {
      String value = System.getenv(matcher.group(1));
      if (value == null) {
        // no default: a message key such as ${username} in the user profile, left as it is
        value = matcher.group(2) != null ? matcher.group(2) : matcher.group();
      }
      matcher.appendReplacement(resolved, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(resolved);
    return resolved.toString();
  }

  private static String adminToken(String baseUrl, String user, String password)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + "/realms/master/protocol/openid-connect/token"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    KeycloakEndpoint.formEncode(
                        Map.of(
                            "grant_type",
                            "password",
                            "client_id",
                            "admin-cli",
                            "username",
                            user,
                            "password",
                            password))))
            .build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "Keycloak admin login failed (" + response.statusCode() + "): " + response.body());
    }
    return JSON.readTree(response.body()).get("access_token").asString();
  }

  static boolean answers(String url) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build();
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
