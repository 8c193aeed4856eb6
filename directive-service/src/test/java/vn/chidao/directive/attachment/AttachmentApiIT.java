package vn.chidao.directive.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.directive.support.DemoTokens.TINH_UY_VAN_THU;
import static vn.chidao.directive.support.DemoTokens.bearer;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Mono;
import vn.chidao.directive.attachment.adapter.in.web.AttachmentResponse;
import vn.chidao.directive.issue.adapter.in.web.DirectiveResponse;
import vn.chidao.directive.support.ServiceIT;
import vn.chidao.testsupport.TokenSpec;

/**
 * Attachments through the API against the MongoDB wire server's GridFS. Each test gets a fresh
 * directive of the Tỉnh ủy addressed to Trấn Biên.
 */
abstract class AttachmentApiIT extends ServiceIT {

  protected static final String FILES = "attachments.files";
  protected static final String CHUNKS = "attachments.chunks";
  protected static final String RECORDS = "directive_attachments";

  protected DirectiveResponse directive;

  @BeforeEach
  void issueDirective() {
    directive = issue(TINH_UY_VAN_THU, "dn-tranbien");
  }

  protected void assertNothingStored(long chunksBefore, long filesBefore) {
    assertThat(count(CHUNKS)).as("chunks").isEqualTo(chunksBefore);
    assertThat(count(FILES)).as("files").isEqualTo(filesBefore);
    assertThat(countOf(RECORDS, "directiveId", directive.id())).as("records").isZero();
    assertThat(list(TINH_UY_VAN_THU)).isEmpty();
  }

  protected long count(String collection) {
    return mongo
        .getCollection(collection)
        .flatMap(c -> Mono.from(c.countDocuments()))
        .block(BROKER_WAIT);
  }

  protected long countOf(String collection, String field, Object value) {
    return mongo.count(Query.query(Criteria.where(field).is(value)), collection).block(BROKER_WAIT);
  }

  protected AttachmentResponse uploadOk(String name, MediaType type, byte[] bytes) {
    return upload(TINH_UY_VAN_THU, name, type, bytes)
        .expectStatus()
        .isCreated()
        .expectBody(AttachmentResponse.class)
        .returnResult()
        .getResponseBody();
  }

  protected WebTestClient.ResponseSpec upload(
      TokenSpec caller, String name, MediaType type, byte[] bytes) {
    MultipartBodyBuilder body = new MultipartBodyBuilder();
    body.part("file", bytes).filename(name).contentType(type);
    return web.post()
        .uri("/api/directives/{id}/attachments", directive.id())
        .header(HttpHeaders.AUTHORIZATION, bearer(caller))
        .body(BodyInserters.fromMultipartData(body.build()))
        .exchange();
  }

  protected List<AttachmentResponse> list(TokenSpec caller) {
    return web.get()
        .uri("/api/directives/{id}/attachments", directive.id())
        .header(HttpHeaders.AUTHORIZATION, bearer(caller))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(new ParameterizedTypeReference<List<AttachmentResponse>>() {})
        .returnResult()
        .getResponseBody();
  }

  protected DirectiveResponse issue(TokenSpec issuer, String recipient) {
    return web.post()
        .uri("/api/directives")
        .header(HttpHeaders.AUTHORIZATION, bearer(issuer))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(
            Map.of(
                "docType", "TT",
                "subject", "Về tăng cường công tác dân vận",
                "recipientUnitIds", List.of(recipient)))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(DirectiveResponse.class)
        .returnResult()
        .getResponseBody();
  }
}
