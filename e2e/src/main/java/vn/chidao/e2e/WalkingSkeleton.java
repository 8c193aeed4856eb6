package vn.chidao.e2e;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The walking skeleton, end to end through the gateway: the provincial clerk issues a directive to
 * the Trấn Biên ward committee; the ward's clerk finds it in the in-app inbox and in the mail. Used
 * by the system test and by {@code ./chidao demo}; it prints each step as it goes.
 */
public final class WalkingSkeleton {

  public static final String ISSUER = "tinhuy.vanthu";
  public static final String RECIPIENT_UNIT = "dn-tranbien";
  public static final String READER = "tranbien.vanthu";
  public static final String READER_EMAIL = READER + "@chidao.test";
  public static final String DEMO_PASSWORD = "chidao-demo";
  private static final Duration EVENTUAL = Duration.ofSeconds(45);

  private final Api gateway;
  private final Function<String, String> tokens;
  private final Mailbox mailbox;
  private final PrintStream out;

  /**
   * @param tokens gives an access token for a demo username
   */
  public WalkingSkeleton(
      String gatewayUrl, Function<String, String> tokens, Mailbox mailbox, PrintStream out) {
    this.gateway = new Api(gatewayUrl);
    this.tokens = tokens;
    this.mailbox = mailbox;
    this.out = out;
  }

  /** What happened; {@code failure} is null when every step succeeded. */
  public record Outcome(
      String subject,
      String directiveId,
      JsonNode notification,
      Mailbox.Mail mail,
      String failure) {

    public boolean succeeded() {
      return failure == null;
    }
  }

  public Outcome run() {
    String subject =
        "Về việc tăng cường công tác dân vận trong tình hình mới (thử nghiệm "
            + LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss"))
            + ")";
    String issuerToken = tokens.apply(ISSUER);
    step("1. %s signed in through Keycloak", ISSUER);

    Optional<Api.Reply> created = issue(issuerToken, subject);
    if (created.isEmpty() || created.get().status() != 201) {
      return fail(
          subject,
          null,
          null,
          null,
          "issuing failed: " + created.map(Api.Reply::raw).orElse("no answer"));
    }
    String directiveId = created.get().json().path("id").asString();
    step("2. Directive %s issued to %s: \"%s\"", directiveId, RECIPIENT_UNIT, subject);

    String readerToken = tokens.apply(READER);
    Optional<JsonNode> notification =
        Poll.until(EVENTUAL, () -> inboxItemFor(readerToken, directiveId));
    if (notification.isEmpty()) {
      return fail(subject, directiveId, null, null, READER + " has no in-app notification");
    }
    step("3. %s's inbox shows: \"%s\"", READER, notification.get().path("title").asString());

    Optional<Mailbox.Mail> mail =
        Poll.until(
            EVENTUAL,
            () ->
                mailbox.messagesTo(READER_EMAIL).stream()
                    .filter(m -> m.subject() != null && m.subject().contains(subject))
                    .findFirst());
    if (mail.isEmpty()) {
      return fail(
          subject, directiveId, notification.get(), null, "no e-mail reached " + READER_EMAIL);
    }
    step("4. E-mail to %s: \"%s\"", READER_EMAIL, mail.get().subject());
    return new Outcome(subject, directiveId, notification.get(), mail.get(), null);
  }

  /**
   * Issues the directive. A 422 means the directive service has not yet received the demo units
   * from the directory (events still in flight right after start-up); nothing was stored, so asking
   * again is safe. Any other answer is final.
   */
  private Optional<Api.Reply> issue(String token, String subject) {
    Map<String, Object> body =
        Map.of(
            "docType", "CV",
            "subject", subject,
            "body", "Đề nghị các đồng chí triển khai thực hiện nghiêm túc.",
            "urgency", "KHAN",
            "recipientUnitIds", List.of(RECIPIENT_UNIT));
    return Poll.until(
        EVENTUAL,
        () -> {
          Api.Reply reply = gateway.post("/api/directives", token, body);
          return unitsNotYetKnown(reply) ? Optional.empty() : Optional.of(reply);
        });
  }

  private static boolean unitsNotYetKnown(Api.Reply reply) {
    return reply.status() == 422
        || reply.isProblem()
            && reply.json().path("type").asString().endsWith("/issuer-unit-unknown");
  }

  private Optional<JsonNode> inboxItemFor(String token, String directiveId) {
    Api.Reply reply = gateway.get("/api/notifications?page=0&size=50", token);
    if (reply.status() != 200) {
      return Optional.empty();
    }
    for (JsonNode item : reply.json().path("items")) {
      if (directiveId.equals(item.path("directiveId").asString())) {
        return Optional.of(item);
      }
    }
    return Optional.empty();
  }

  private void step(String format, Object... args) {
    out.println(String.format(format, args));
  }

  private Outcome fail(
      String subject, String directiveId, JsonNode notification, Mailbox.Mail mail, String why) {
    out.println("FAILED: " + why);
    return new Outcome(subject, directiveId, notification, mail, why);
  }
}
