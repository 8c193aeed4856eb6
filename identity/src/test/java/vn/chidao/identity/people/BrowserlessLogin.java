package vn.chidao.identity.people;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;
import vn.chidao.testsupport.KeycloakEndpoint;

/**
 * A browser without a screen for Keycloak's login pages: the authorization-code flow of the gateway
 * client (PKCE S256), following redirects across realms with cookies, and filling in the forms
 * Keycloak renders (the first form on a page, its action and hidden fields). It never follows the
 * final redirect to the gateway; it takes the code from it.
 */
final class BrowserlessLogin {

  static final String CLIENT = "chidao-gateway";
  static final String SECRET = "chidao-gateway-dev-secret";
  static final String REDIRECT = "http://localhost:8080/login/oauth2/code/keycloak";

  private static final Pattern FORM =
      Pattern.compile("<form[^>]*action=\"([^\"]+)\"[^>]*>(.*?)</form>", Pattern.DOTALL);
  private static final Pattern HIDDEN =
      Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>", Pattern.DOTALL);
  private static final Pattern ATTRIBUTE = Pattern.compile("(name|value)=\"([^\"]*)\"");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final KeycloakEndpoint keycloak;
  private final HttpClient http;
  private final String verifier;

  BrowserlessLogin(KeycloakEndpoint keycloak) {
    this.keycloak = keycloak;
    this.http =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    this.verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  /** The code the gateway would receive, or null with the page the flow stopped on. */
  record Result(String code, String lastPage, String verifier) {}

  /** Types the e-mail into chidao's login page, then the government login and password. */
  Result signIn(String email, String govUsername, String govPassword) {
    Page page = follow(get(start()));
    // chidao: the Organization's identity-first page asks who you are
    page = follow(submit(page, Map.of("username", email)));
    if (page.code != null || !FORM.matcher(page.body).find()) {
      return new Result(page.code, page.body, verifier); // signed in already, or refused here
    }
    // the government provider's own login page
    page = follow(submit(page, Map.of("username", govUsername, "password", govPassword)));
    return new Result(page.code, page.body, verifier);
  }

  /**
   * The page after typing a login outside the provinces' domains: chidao's password form, with the
   * providers Keycloak shows as buttons (with Organizations on, the identity-first page itself
   * shows only providers of no Organization).
   */
  String passwordPage(String login) {
    return follow(submit(follow(get(start())), Map.of("username", login))).body;
  }

  /**
   * Types a login on chidao's first page, clicks the province's button on the next (the link
   * Keycloak renders for a provider shown on the login page), then signs in on the provider's page.
   */
  Result signInWithButton(String login, String alias, String govUsername, String govPassword) {
    Page page = follow(submit(follow(get(start())), Map.of("username", login)));
    Matcher button =
        Pattern.compile("href=\"([^\"]*/broker/" + Pattern.quote(alias) + "/login[^\"]*)\"")
            .matcher(page.body);
    if (!button.find()) {
      return new Result(null, page.body, verifier);
    }
    page = follow(get(page.uri.resolve(unescape(button.group(1))).toString()));
    page = follow(submit(page, Map.of("username", govUsername, "password", govPassword)));
    return new Result(page.code, page.body, verifier);
  }

  private String start() {
    return keycloak.issuer()
        + "/protocol/openid-connect/auth?"
        + form(
            Map.of(
                "client_id", CLIENT,
                "response_type", "code",
                "scope", "openid",
                "redirect_uri", REDIRECT,
                "state", "sso-test",
                "code_challenge", challenge(verifier),
                "code_challenge_method", "S256"));
  }

  /** Trades the code for chidao's access token, as the gateway does. */
  String redeem(Result result) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(keycloak.tokenUri()))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    form(
                        Map.of(
                            "grant_type",
                            "authorization_code",
                            "client_id",
                            CLIENT,
                            "client_secret",
                            SECRET,
                            "code",
                            result.code(),
                            "redirect_uri",
                            REDIRECT,
                            "code_verifier",
                            result.verifier()))))
            .build();
    HttpResponse<String> response = send(request);
    if (response.statusCode() != 200) {
      throw new IllegalStateException("Code refused: " + response.body());
    }
    return JSON.readTree(response.body()).get("access_token").asString();
  }

  private record Page(String body, URI uri, String code) {}

  private Page follow(HttpResponse<String> response) {
    for (int hops = 0; hops < 20; hops++) {
      int status = response.statusCode();
      if (status < 300 || status >= 400) {
        return new Page(response.body(), response.uri(), null);
      }
      String location = response.headers().firstValue("Location").orElseThrow();
      URI next = response.uri().resolve(location);
      if (next.toString().startsWith(REDIRECT)) {
        return new Page("", next, query(next).get("code"));
      }
      response = get(next.toString());
    }
    throw new IllegalStateException("Too many redirects");
  }

  private HttpResponse<String> submit(Page page, Map<String, String> fields) {
    Matcher form = FORM.matcher(page.body);
    if (!form.find()) {
      throw new IllegalStateException("No form on the page " + page.uri + ":\n" + page.body);
    }
    Map<String, String> values = new LinkedHashMap<>();
    Matcher hidden = HIDDEN.matcher(form.group(2));
    while (hidden.find()) {
      String name = null;
      String value = "";
      Matcher attribute = ATTRIBUTE.matcher(hidden.group());
      while (attribute.find()) {
        if (attribute.group(1).equals("name")) {
          name = attribute.group(2);
        } else {
          value = unescape(attribute.group(2));
        }
      }
      if (name != null) {
        values.put(name, value);
      }
    }
    values.putAll(fields);
    URI action = page.uri.resolve(unescape(form.group(1)));
    return send(
        HttpRequest.newBuilder(action)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(values)))
            .build());
  }

  private HttpResponse<String> get(String uri) {
    return send(HttpRequest.newBuilder(URI.create(uri)).GET().build());
  }

  /**
   * Keycloak marks its cookies {@code Secure} even on plain http (browsers treat loopback as a
   * secure context; the JDK's cookie manager does not), so this jar keeps them by (path, name) and
   * sends those whose path the request is under, as a browser on localhost would.
   */
  private final Map<String, String> cookies = new LinkedHashMap<>();

  private HttpResponse<String> send(HttpRequest request) {
    String path = request.uri().getPath();
    String header =
        cookies.entrySet().stream()
            .filter(
                cookie ->
                    path.startsWith(cookie.getKey().substring(0, cookie.getKey().indexOf('|'))))
            .map(
                cookie ->
                    cookie.getKey().substring(cookie.getKey().indexOf('|') + 1)
                        + "="
                        + cookie.getValue())
            .collect(Collectors.joining("; "));
    HttpRequest withCookies =
        header.isEmpty()
            ? request
            : HttpRequest.newBuilder(request, (name, value) -> true)
                .header("Cookie", header)
                .build();
    try {
      HttpResponse<String> response = http.send(withCookies, HttpResponse.BodyHandlers.ofString());
      for (String setCookie : response.headers().allValues("Set-Cookie")) {
        remember(setCookie);
      }
      return response;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void remember(String setCookie) {
    String[] parts = setCookie.split(";");
    int eq = parts[0].indexOf('=');
    String name = parts[0].substring(0, eq).trim();
    String value = parts[0].substring(eq + 1).trim();
    String path = "/";
    boolean expired = value.isEmpty();
    for (String part : parts) {
      String attribute = part.trim().toLowerCase(java.util.Locale.ROOT);
      if (attribute.startsWith("path=")) {
        path = part.trim().substring(5);
      }
      if (attribute.startsWith("max-age=0") || attribute.startsWith("expires=thu, 01 jan 1970")) {
        expired = true;
      }
    }
    if (expired) {
      cookies.remove(path + "|" + name);
    } else {
      cookies.put(path + "|" + name, value);
    }
  }

  private static String unescape(String html) {
    return html.replace("&amp;", "&").replace("&#x3D;", "=").replace("&quot;", "\"");
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> result = new LinkedHashMap<>();
    for (String pair : uri.getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      result.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return result;
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static String challenge(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
