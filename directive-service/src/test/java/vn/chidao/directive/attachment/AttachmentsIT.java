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
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import vn.chidao.attachments.Samples;
import vn.chidao.attachments.UploadInspection;
import vn.chidao.directive.attachment.adapter.in.web.AttachmentResponse;
import vn.chidao.testsupport.TokenSpec;

/** What is accepted comes back byte for byte, to whoever may read the directive, and only them. */
class AttachmentsIT extends AttachmentApiIT {

  @org.springframework.beans.factory.annotation.Autowired
  private vn.chidao.directive.attachment.application.AttachingFiles attaching;

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
    assertThat(countOf(RECORDS, "_id", stored.id())).isZero();
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

  @Test
  void uploads_left_pending_by_a_crash_are_swept_with_their_chunks_and_fresh_ones_are_kept() {
    String old = "crash-" + java.util.UUID.randomUUID();
    String fresh = "slow-" + java.util.UUID.randomUUID();
    java.time.Instant now = java.time.Instant.now();
    for (String id : List.of(old, fresh)) {
      java.time.Instant since = id.equals(old) ? now.minus(java.time.Duration.ofHours(2)) : now;
      mongo
          .getCollection(RECORDS)
          .flatMap(
              records ->
                  reactor.core.publisher.Mono.from(
                      records.insertOne(
                          new Document("_id", id)
                              .append("directiveId", directive.id())
                              .append("status", "PENDING")
                              .append("since", java.util.Date.from(since))
                              .append("uploadedBy", "tinhuy.vanthu"))))
          .block(BROKER_WAIT);
      mongo
          .getCollection(CHUNKS)
          .flatMap(
              chunks ->
                  reactor.core.publisher.Mono.from(
                      chunks.insertOne(
                          new Document("files_id", new org.bson.BsonString(id))
                              .append("n", 0)
                              .append("data", new Binary(Samples.pdf(id))))))
          .block(BROKER_WAIT);
    }

    assertThat(attaching.sweep(java.time.Duration.ofHours(1), 100).block(BROKER_WAIT))
        .isGreaterThanOrEqualTo(1L);

    assertThat(countOf(RECORDS, "_id", old)).isZero();
    assertThat(countOf(CHUNKS, "files_id", old)).isZero();
    assertThat(countOf(RECORDS, "_id", fresh)).isEqualTo(1);
    assertThat(countOf(CHUNKS, "files_id", fresh)).isEqualTo(1);
    assertThat(list(TINH_UY_VAN_THU)).as("pending uploads are never listed").isEmpty();
  }
}
