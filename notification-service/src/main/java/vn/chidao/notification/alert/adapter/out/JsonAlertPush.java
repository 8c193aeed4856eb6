package vn.chidao.notification.alert.adapter.out;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import vn.chidao.notification.alert.application.ComposeAlertPush;
import vn.chidao.notification.alert.model.Alert;

/**
 * The push payload as JSON in UTF-8 (Vietnamese letters written as they are, not escaped). The body
 * is cut so that the encrypted message stays far below the 4,096 bytes push services must accept:
 * 300 characters of Vietnamese are at most ~900 bytes.
 */
public class JsonAlertPush implements ComposeAlertPush {

  static final int MAX_BODY = 300;

  private final JsonMapper json = JsonMapper.builder().build();
  private final String publicUrl;

  public JsonAlertPush(String publicUrl) {
    this.publicUrl = publicUrl;
  }

  @Override
  public String payload(Alert alert) {
    Map<String, String> payload = new LinkedHashMap<>();
    payload.put("title", alert.title());
    payload.put("body", cut(alert.body()));
    payload.put("url", alert.link(publicUrl));
    payload.put("directiveId", alert.directiveId());
    payload.put("kind", alert.kind().name());
    return json.writeValueAsString(payload);
  }

  static String cut(String text) {
    if (text.codePointCount(0, text.length()) <= MAX_BODY) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, MAX_BODY - 1)).strip() + "…";
  }
}
