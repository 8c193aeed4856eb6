package vn.chidao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input on the skeleton endpoint, through the gateway with real Keycloak tokens: each gets a
 * 4xx problem in Vietnamese and nothing is stored or sent. "Nothing sent" is checked by issuing a
 * valid directive afterwards and waiting for its mail: anything the refused requests had published
 * would have been delivered by then.
 */
class RefusedRequestsIT {

  private static final String REFUSED = "Văn bản bị từ chối";
  private static RunningSuite suite;
  private static Api gateway;

  @BeforeAll
  static void start() {
    suite = RunningSuite.get();
    gateway = new Api(suite.gatewayUrl);
  }

  private static Map<String, Object> directive(String subject) {
    return Map.of(
        "docType", "CV",
        "subject", subject,
        "body", "Nội dung",
        "urgency", "NORMAL",
        "recipientUnitIds", List.of(WalkingSkeleton.RECIPIENT_UNIT));
  }

  @Test
  void refused_requests_answer_with_vietnamese_problems_and_send_nothing() {
    String issuer = suite.token(WalkingSkeleton.ISSUER);

    assertProblem(gateway.post("/api/directives", null, directive(REFUSED)), 401);
    assertProblem(gateway.post("/api/directives", issuer + "x", directive(REFUSED)), 401);
    assertProblem(
        gateway.post("/api/directives", suite.token("quangngai.vanthu"), directive(REFUSED)), 403);
    assertProblem(gateway.post("/api/directives", issuer, "{\"subject\": "), 400);
    assertProblem(gateway.post("/api/directives", issuer, Map.of("subject", REFUSED)), 400);
    Api.Reply huge = gateway.post("/api/directives", issuer, directive("đ".repeat(1_000_000)));
    assertThat(huge.status()).isIn(400, 413);
    assertThat(huge.isProblem()).isTrue();

    WalkingSkeleton.Outcome marker =
        new WalkingSkeleton(
                suite.gatewayUrl, suite::token, new InProcessMailbox(suite.smtp), System.out)
            .run();
    assertThat(marker.failure()).isNull();
    assertThat(new InProcessMailbox(suite.smtp).messagesTo(WalkingSkeleton.READER_EMAIL))
        .noneMatch(mail -> mail.subject().contains(REFUSED));
    assertThat(
            gateway
                .get("/api/notifications?page=0&size=100", suite.token(WalkingSkeleton.READER))
                .raw())
        .doesNotContain(REFUSED);
  }

  @Test
  void unknown_paths_and_missing_directives_are_problems_too() {
    String issuer = suite.token(WalkingSkeleton.ISSUER);
    assertProblem(gateway.get("/api/nothing-here", issuer), 404);
    assertProblem(gateway.get("/api/directives/00000000-0000-0000-0000-000000000000", issuer), 404);
  }

  private static void assertProblem(Api.Reply reply, int status) {
    assertThat(reply.status()).as(reply.raw()).isEqualTo(status);
    assertThat(reply.isProblem()).as(reply.contentType()).isTrue();
    assertThat(reply.json().path("detail").asString())
        .as("the detail is Vietnamese")
        .matches(".*[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùý].*");
  }
}
