package vn.chidao.directive.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.directive.support.DemoTokens.QUANG_NGAI_VAN_THU;
import static vn.chidao.directive.support.DemoTokens.TINH_UY_QUAN_TRI;
import static vn.chidao.directive.support.DemoTokens.TINH_UY_VAN_THU;
import static vn.chidao.directive.support.DemoTokens.TRAN_BIEN_VAN_THU;
import static vn.chidao.directive.support.DemoTokens.TRUNG_UONG_QUAN_TRI;
import static vn.chidao.directive.support.DemoTokens.XUAN_LOC_VAN_THU;
import static vn.chidao.directive.support.DemoTokens.bearer;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;
import vn.chidao.directive.attachment.adapter.in.web.AttachmentResponse;
import vn.chidao.directive.attachment.model.UploadInspection;
import vn.chidao.directive.issue.adapter.in.web.DirectiveResponse;
import vn.chidao.directive.support.ServiceIT;
import vn.chidao.testsupport.TokenSpec;

/**
 * Attachments through the API against the MongoDB wire server's GridFS: what is accepted comes back
 * byte for byte, and every refusal leaves no record and no chunk behind.
 */
class AttachmentsIT extends ServiceIT {

  private static final String FILES = "attachments.files";
  private static final String CHUNKS = "attachments.chunks";
  private static final String RECORDS = "directive_attachments";

  private DirectiveResponse directive;

  @BeforeEach
  void issueDirective() {
    directive = issue(TINH_UY_VAN_THU, "dn-tranbien");
  }

  @Test
  void the_issuer_attaches_a_pdf_and_a_recipient_lists_and_downloads_the_same_bytes()
      throws Exception {
    byte[] pdf = Samples.pdf("Thông tri dân vận");
    AttachmentResponse stored =
        upload(TINH_UY_VAN_THU, "Thông tri số 15 – Dân vận.pdf", MediaType.APPLICATION_PDF, pdf)
            .expectStatus()
            .isCreated()
            .expectBody(AttachmentResponse.class)
            .returnResult()
            .getResponseBody();

    String sha256 = UploadInspection.hex(MessageDigest.getInstance("SHA-256").digest(pdf));
    assertThat(stored.name()).isEqualTo("Thông tri số 15 – Dân vận.pdf");
    assertThat(stored.type()).isEqualTo("PDF");
    assertThat(stored.size()).isEqualTo(pdf.length);
    assertThat(stored.sha256()).isEqualTo(sha256);
    assertThat(stored.uploadedBy()).isEqualTo("tinhuy.vanthu");

    for (TokenSpec reader : List.of(TRAN_BIEN_VAN_THU, TRUNG_UONG_QUAN_TRI, TINH_UY_VAN_THU)) {
      assertThat(list(reader)).extracting(AttachmentResponse::id).containsExactly(stored.id());
    }

    EntityExchangeResult<byte[]> download =
        web.get()
            .uri(stored.href())
            .header(HttpHeaders.AUTHORIZATION, bearer(TRAN_BIEN_VAN_THU))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(byte[].class)
            .returnResult();
    HttpHeaders headers = download.getResponseHeaders();
    assertThat(download.getResponseBody()).isEqualTo(pdf);
    assertThat(headers.getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(headers.getContentLength()).isEqualTo(pdf.length);
    assertThat(headers.getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .isEqualTo(
            "attachment; filename=\"Thong tri so 15 _ Dan van.pdf\"; filename*=UTF-8''"
                + "Th%C3%B4ng%20tri%20s%E1%BB%91%2015%20%E2%80%93%20D%C3%A2n%20v%E1%BA%ADn.pdf");
    assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(headers.getFirst("Repr-Digest"))
        .isEqualTo(
            "sha-256=:"
                + Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(pdf))
                + ":");
  }

  @Test
  void word_documents_and_images_are_typed_by_their_bytes_and_named_accordingly() {
    AttachmentResponse docx =
        uploadOk("Kế hoạch", MediaType.APPLICATION_OCTET_STREAM, Samples.docx());
    AttachmentResponse png = uploadOk("sơ đồ.PNG", MediaType.IMAGE_PNG, Samples.png());
    AttachmentResponse jpeg = uploadOk("ảnh.jpeg", MediaType.TEXT_PLAIN, Samples.jpeg());

    assertThat(docx.type()).isEqualTo("DOCX");
    assertThat(docx.name()).isEqualTo("Kế hoạch.docx");
    assertThat(png.mediaType()).isEqualTo("image/png");
    assertThat(png.name()).isEqualTo("sơ đồ.PNG");
    assertThat(jpeg.mediaType()).isEqualTo("image/jpeg");
  }

  @Test
  void an_executable_disguised_as_a_pdf_is_refused_and_nothing_is_stored() {
    long chunks = count(CHUNKS);
    long files = count(FILES);
    upload(TINH_UY_VAN_THU, "bao-cao.pdf", MediaType.APPLICATION_PDF, Samples.windowsExecutable())
        .expectStatus()
        .isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/attachment-type-not-allowed")
        .jsonPath("$.detail")
        .value(detail -> assertThat((String) detail).contains("application/x-msdownload"));

    assertNothingStored(chunks, files);
  }

  @Test
  void a_file_over_the_limit_is_refused_while_it_streams_and_its_chunks_are_removed() {
    long chunks = count(CHUNKS);
    long files = count(FILES);
    int limit = 20 * 1024 * 1024;
    // Streamed in 1 MB pieces: the whole file is never in the test's memory either.
    byte[] first = Samples.pdfOfSize(1024 * 1024);
    byte[] filler = new byte[1024 * 1024];
    Flux<DataBuffer> content =
        Flux.range(0, limit / filler.length + 1)
            .map(i -> DefaultDataBufferFactory.sharedInstance.wrap(i == 0 ? first : filler));
    MultipartBodyBuilder body = new MultipartBodyBuilder();
    body.asyncPart("file", content, DataBuffer.class)
        .filename("quá lớn.pdf")
        .contentType(MediaType.APPLICATION_PDF);

    web.post()
        .uri("/api/directives/{id}/attachments", directive.id())
        .header(HttpHeaders.AUTHORIZATION, bearer(TINH_UY_VAN_THU))
        .body(BodyInserters.fromMultipartData(body.build()))
        .exchange()
        .expectStatus()
        .isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/attachment-too-large")
        .jsonPath("$.detail")
        .value(detail -> assertThat((String) detail).contains("20 MB"));

    assertNothingStored(chunks, files);
  }

  @Test
  void a_name_that_climbs_directories_is_refused_and_nothing_is_stored() {
    long chunks = count(CHUNKS);
    long files = count(FILES);
    upload(TINH_UY_VAN_THU, "../../etc/cron.d/x.pdf", MediaType.APPLICATION_PDF, Samples.pdf("x"))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/attachment-name-invalid");
    assertNothingStored(chunks, files);
  }

  @Test
  void a_name_claiming_another_type_an_empty_file_or_no_file_part_is_refused() {
    long chunks = count(CHUNKS);
    long files = count(FILES);
    upload(TINH_UY_VAN_THU, "ảnh.png", MediaType.IMAGE_PNG, Samples.pdf("x"))
        .expectStatus()
        .isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/attachment-type-mismatch");
    upload(TINH_UY_VAN_THU, "rỗng.pdf", MediaType.APPLICATION_PDF, new byte[0])
        .expectStatus()
        .isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/attachment-empty");

    MultipartBodyBuilder noFile = new MultipartBodyBuilder();
    noFile.part("note", "không có tệp");
    web.post()
        .uri("/api/directives/{id}/attachments", directive.id())
        .header(HttpHeaders.AUTHORIZATION, bearer(TINH_UY_VAN_THU))
        .body(BodyInserters.fromMultipartData(noFile.build()))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/attachment-missing");
    assertNothingStored(chunks, files);
  }

  @Test
  void only_the_issuing_unit_may_attach_or_remove_and_outsiders_do_not_see_the_directive() {
    upload(TRAN_BIEN_VAN_THU, "a.pdf", MediaType.APPLICATION_PDF, Samples.pdf("x"))
        .expectStatus()
        .isForbidden()
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/attachment-not-issuer");
    upload(TINH_UY_QUAN_TRI, "a.pdf", MediaType.APPLICATION_PDF, Samples.pdf("x"))
        .expectStatus()
        .isForbidden();
    for (TokenSpec outsider : List.of(XUAN_LOC_VAN_THU, QUANG_NGAI_VAN_THU)) {
      upload(outsider, "a.pdf", MediaType.APPLICATION_PDF, Samples.pdf("x"))
          .expectStatus()
          .isNotFound();
      web.get()
          .uri("/api/directives/{id}/attachments", directive.id())
          .header(HttpHeaders.AUTHORIZATION, bearer(outsider))
          .exchange()
          .expectStatus()
          .isNotFound();
    }

    AttachmentResponse stored = uploadOk("a.pdf", MediaType.APPLICATION_PDF, Samples.pdf("x"));
    web.delete()
        .uri(stored.href())
        .header(HttpHeaders.AUTHORIZATION, bearer(TRAN_BIEN_VAN_THU))
        .exchange()
        .expectStatus()
        .isForbidden();
    web.get()
        .uri(stored.href())
        .header(HttpHeaders.AUTHORIZATION, bearer(XUAN_LOC_VAN_THU))
        .exchange()
        .expectStatus()
        .isNotFound();
    assertThat(list(TRAN_BIEN_VAN_THU)).hasSize(1);
  }

  @Test
  void removing_an_attachment_removes_its_record_and_its_chunks() {
    AttachmentResponse stored =
        uploadOk("a.pdf", MediaType.APPLICATION_PDF, Samples.pdfOfSize(600_000));
    assertThat(countOf(CHUNKS, "files_id", stored.id())).isEqualTo(3);

    web.delete()
        .uri(stored.href())
        .header(HttpHeaders.AUTHORIZATION, bearer(TINH_UY_VAN_THU))
        .exchange()
        .expectStatus()
        .isNoContent();

    assertThat(list(TINH_UY_VAN_THU)).isEmpty();
    assertThat(countOf(CHUNKS, "files_id", stored.id())).isZero();
    assertThat(countOf(FILES, "_id", stored.id())).isZero();
    web.get()
        .uri(stored.href())
        .header(HttpHeaders.AUTHORIZATION, bearer(TINH_UY_VAN_THU))
        .exchange()
        .expectStatus()
        .isNotFound();
  }

  @Test
  void a_file_damaged_in_storage_is_a_clear_error_not_a_wrong_document() {
    AttachmentResponse stored = uploadOk("a.pdf", MediaType.APPLICATION_PDF, Samples.pdf("gốc"));
    mongo
        .getCollection(CHUNKS)
        .flatMap(
            chunks ->
                reactor.core.publisher.Mono.from(
                    chunks.updateOne(
                        new Document("files_id", stored.id()).append("n", 0),
                        new Document(
                            "$set", new Document("data", new Binary(Samples.pdf("giả")))))))
        .block(BROKER_WAIT);

    web.get()
        .uri(stored.href())
        .header(HttpHeaders.AUTHORIZATION, bearer(TRAN_BIEN_VAN_THU))
        .exchange()
        .expectStatus()
        .isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR)
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/attachment-corrupted");
  }

  private void assertNothingStored(long chunksBefore, long filesBefore) {
    assertThat(count(CHUNKS)).as("chunks").isEqualTo(chunksBefore);
    assertThat(count(FILES)).as("files").isEqualTo(filesBefore);
    assertThat(countOf(RECORDS, "directiveId", directive.id())).as("records").isZero();
    assertThat(list(TINH_UY_VAN_THU)).isEmpty();
  }

  private long count(String collection) {
    return mongo
        .getCollection(collection)
        .flatMap(c -> reactor.core.publisher.Mono.from(c.countDocuments()))
        .block(BROKER_WAIT);
  }

  private long countOf(String collection, String field, Object value) {
    return mongo.count(Query.query(Criteria.where(field).is(value)), collection).block(BROKER_WAIT);
  }

  private AttachmentResponse uploadOk(String name, MediaType type, byte[] bytes) {
    return upload(TINH_UY_VAN_THU, name, type, bytes)
        .expectStatus()
        .isCreated()
        .expectBody(AttachmentResponse.class)
        .returnResult()
        .getResponseBody();
  }

  private WebTestClient.ResponseSpec upload(
      TokenSpec caller, String name, MediaType type, byte[] bytes) {
    MultipartBodyBuilder body = new MultipartBodyBuilder();
    body.part("file", bytes).filename(name).contentType(type);
    return web.post()
        .uri("/api/directives/{id}/attachments", directive.id())
        .header(HttpHeaders.AUTHORIZATION, bearer(caller))
        .body(BodyInserters.fromMultipartData(body.build()))
        .exchange();
  }

  private List<AttachmentResponse> list(TokenSpec caller) {
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

  private DirectiveResponse issue(TokenSpec issuer, String recipient) {
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
