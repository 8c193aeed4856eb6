package vn.chidao.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A running Keycloak with the {@code chidao} realm, and the calls tests make against it: tokens by
 * password (public client {@code chidao-cli}) or by client credentials.
 */
public record KeycloakEndpoint(String baseUrl) {

  public static final String REALM = "chidao";
  public static final String CLI_CLIENT = "chidao-cli";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  public String issuer() {
    return baseUrl + "/realms/" + REALM;
  }

  public String jwkSetUri() {
    return issuer() + "/protocol/openid-connect/certs";
  }

  public String tokenUri() {
    return issuer() + "/protocol/openid-connect/token";
  }

  /** An access token for a realm user (the demo users' password is {@code chidao-demo}). */
  public String passwordToken(String username, String password) {
    return token(
        Map.of(
            "grant_type", "password",
            "client_id", CLI_CLIENT,
            "username", username,
            "password", password,
            "scope", "openid"));
  }

  public String clientCredentialsToken(String clientId, String secret) {
    return token(
        Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
  }

  private String token(Map<String, String> form) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(tokenUri()))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(formEncode(form)))
            .build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "Keycloak refused a token (" + response.statusCode() + "): " + response.body());
      }
      JsonNode body = JSON.readTree(response.body());
      return body.get("access_token").asString();
    } catch (IOException e) {
      throw new IllegalStateException("Keycloak at " + baseUrl + " did not answer", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String formEncode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
