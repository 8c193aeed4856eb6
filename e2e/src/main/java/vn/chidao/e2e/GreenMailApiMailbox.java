package vn.chidao.e2e;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Reads the mail catcher that {@code ./chidao up} runs (GreenMail standalone's REST API). */
public final class GreenMailApiMailbox implements Mailbox {

  private final Api api;

  public GreenMailApiMailbox(String baseUrl) {
    this.api = new Api(baseUrl);
  }

  @Override
  public List<Mail> messagesTo(String address) {
    Api.Reply reply =
        api.get(
            "/api/user/" + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/INBOX",
            null);
    List<Mail> mails = new ArrayList<>();
    if (reply.status() != 200) {
      return mails; // the catcher creates a mailbox on first delivery; none yet means no mail
    }
    for (JsonNode message : reply.json()) {
      mails.add(new Mail(address, message.path("subject").asString()));
    }
    return mails;
  }
}
