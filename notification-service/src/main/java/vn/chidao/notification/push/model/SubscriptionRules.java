package vn.chidao.notification.push.model;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * What a browser's PushSubscription must look like before it is stored. The endpoint is where this
 * service will POST, so it must be an https URL of a public host: otherwise a subscription could
 * turn the sender into a probe of the internal network. Tests use a push service on loopback over
 * http, which {@code allowLocalEndpoints} permits (only http://127.0.0.1, ::1 or localhost).
 *
 * <p>Host names are not resolved here (no blocking lookup on a request); a public name pointing at
 * a private address is not caught.
 */
public final class SubscriptionRules {

  /** One refusal, keyed by the JSON field it concerns, worded for the user (Vietnamese). */
  public record Violation(String field, String message) {}

  static final int P256DH_BYTES = 65;
  static final int AUTH_BYTES = 16;
  static final int MAX_ENDPOINT = 2048;

  private final boolean allowLocalEndpoints;

  public SubscriptionRules(boolean allowLocalEndpoints) {
    this.allowLocalEndpoints = allowLocalEndpoints;
  }

  public List<Violation> check(String endpoint, String p256dh, String auth) {
    List<Violation> violations = new ArrayList<>();
    String endpointProblem = endpointProblem(endpoint);
    if (endpointProblem != null) {
      violations.add(new Violation("endpoint", endpointProblem));
    }
    byte[] key = base64url(p256dh);
    if (key == null || key.length != P256DH_BYTES || key[0] != 0x04) {
      violations.add(
          new Violation(
              "keys.p256dh",
              "Khóa p256dh phải là điểm P-256 dạng không nén (65 byte, mã hóa base64url)"));
    }
    byte[] secret = base64url(auth);
    if (secret == null || secret.length != AUTH_BYTES) {
      violations.add(
          new Violation("keys.auth", "Khóa auth phải gồm đúng 16 byte (mã hóa base64url)"));
    }
    return violations;
  }

  private String endpointProblem(String endpoint) {
    if (endpoint == null || endpoint.isBlank()) {
      return "Thiếu địa chỉ endpoint của đăng ký nhận thông báo đẩy";
    }
    if (endpoint.length() > MAX_ENDPOINT) {
      return "Địa chỉ endpoint quá dài (tối đa 2048 ký tự)";
    }
    URI uri;
    try {
      uri = new URI(endpoint);
    } catch (URISyntaxException e) {
      return "Địa chỉ endpoint không phải là một URL hợp lệ";
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost();
    if (host == null || uri.getRawUserInfo() != null) {
      return "Địa chỉ endpoint không phải là một URL hợp lệ";
    }
    boolean local = isLocal(host);
    if (allowLocalEndpoints && local && (scheme.equals("http") || scheme.equals("https"))) {
      return null;
    }
    if (!scheme.equals("https")) {
      return "Địa chỉ endpoint phải dùng https";
    }
    if (local || isPrivateAddress(host)) {
      return "Địa chỉ endpoint không được trỏ tới máy nội bộ hoặc địa chỉ riêng";
    }
    return null;
  }

  private static boolean isLocal(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("localhost")
        || h.endsWith(".localhost")
        || h.equals("127.0.0.1")
        || h.equals("[::1]");
  }

  /** Literal IP addresses only: loopback, private, link-local, unspecified, carrier-grade NAT. */
  static boolean isPrivateAddress(String host) {
    boolean ipv4 = host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    boolean ipv6 = host.startsWith("[") && host.endsWith("]");
    if (!ipv4 && !ipv6) {
      return host.toLowerCase(Locale.ROOT).endsWith(".local")
          || host.toLowerCase(Locale.ROOT).endsWith(".internal");
    }
    try {
      // A literal is parsed, never looked up.
      InetAddress address =
          InetAddress.getByName(ipv6 ? host.substring(1, host.length() - 1) : host);
      byte[] b = address.getAddress();
      boolean carrierNat = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
      boolean uniqueLocalV6 = b.length == 16 && (b[0] & 0xfe) == 0xfc;
      return address.isLoopbackAddress()
          || address.isSiteLocalAddress()
          || address.isLinkLocalAddress()
          || address.isAnyLocalAddress()
          || address.isMulticastAddress()
          || carrierNat
          || uniqueLocalV6;
    } catch (UnknownHostException e) {
      return true;
    }
  }

  /** Browsers send base64url without padding; padding and the standard alphabet are tolerated. */
  public static String normalizeKey(String value) {
    return value.strip().replace('+', '-').replace('/', '_').replace("=", "");
  }

  private static byte[] base64url(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Base64.getUrlDecoder().decode(normalizeKey(value));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
