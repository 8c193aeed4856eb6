package vn.chidao.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import vn.chidao.attachments.Samples;
import vn.chidao.platform.security.ChidaoRoles;
import vn.chidao.reporting.attachment.AttachmentDocument;
import vn.chidao.reporting.obligation.ObligationDocument;
import vn.chidao.reporting.obligation.OpeningObligations;
import vn.chidao.reporting.org.UnitCopies;

/**
 * Files attached to a report over HTTP with real tokens: real types from the bytes, size limit,
 * safe names, SHA-256 checked on download, who may add, delete and read, what a submission keeps;
 * every refusal a Vietnamese problem with nothing stored.
 */
class AttachmentsApiIT extends RunningReportingService {

  static final String FILES = "report_files.files";
  static final String CHUNKS = "report_files.chunks";

  @Autowired WebTestClient client;
  @Autowired ReactiveMongoTemplate mongo;
  @Autowired UnitCopies units;
  @Autowired OpeningObligations opening;

  Fixtures f = new Fixtures();
  String directive = Fixtures.newId("d");
  String id;
  String reporter;

  @BeforeEach
  void anObligation() {
    f.units().forEach(u -> units.apply(u).block());
    opening
        .onDelivered(f.delivered(directive, Instant.now(), "IMPLEMENT", f.grassroots(), f.annual()))
        .block();
    id = ObligationDocument.id(directive, "bc-nam", "2026-Y", f.g(1, 1));
    reporter = f.reporterOf(f.g(1, 1));
  }

  @Test
  void aReporterAttachesAPdfTheReportListsItAndReadersDownloadItIntact() {
    byte[] pdf = Samples.pdf("Báo cáo quý III");
    JsonNode stored = created(upload(reporter, "Báo cáo quý III.pdf", pdf));
    String sha = java.util.HexFormat.of().formatHex(sha256(pdf));
    assertThat(stored.path("name").asString()).isEqualTo("Báo cáo quý III.pdf");
    assertThat(stored.path("size").asLong()).isEqualTo(pdf.length);
    assertThat(stored.path("contentType").asString()).isEqualTo("application/pdf");
    assertThat(stored.path("sha256").asString()).isEqualTo(sha);
    String href = stored.path("href").asString();
    assertThat(href)
        .isEqualTo(
            "/api/reports/obligations/" + id + "/attachments/" + stored.path("id").asString());

    JsonNode listed = view(reporter).path("attachments");
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).path("id").asString()).isEqualTo(stored.path("id").asString());
    assertThat(listed.get(0).path("sha256").asString()).isEqualTo(sha);

    for (String reader : List.of(reporter, f.reviewerAtBdv(), f.provincialLeader())) {
      var result =
          client
              .get()
              .uri(href)
              .header(HttpHeaders.AUTHORIZATION, reader)
              .exchange()
              .expectStatus()
              .isOk()
              .expectHeader()
              .contentType(MediaType.APPLICATION_PDF)
              .expectHeader()
              .valueEquals("X-Content-Type-Options", "nosniff")
              .expectBody(byte[].class)
              .returnResult();
      assertThat(result.getResponseBody()).isEqualTo(pdf);
      assertThat(result.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
          .isEqualTo(
              "attachment; filename=\"Bao cao quy III.pdf\";"
                  + " filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20qu%C3%BD%20III.pdf");
    }
  }

  @Test
  void wordExcelAndImagesAreAcceptedByWhatTheirBytesAre() {
    assertThat(
            created(upload(reporter, "Phụ lục.docx", Samples.docx()))
                .path("contentType")
                .asString())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(
            created(upload(reporter, "Số liệu.xlsx", Samples.xlsx()))
                .path("contentType")
                .asString())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(
            created(upload(reporter, "ảnh hội nghị.png", Samples.png()))
                .path("contentType")
                .asString())
        .isEqualTo("image/png");
    JsonNode jpeg = created(upload(reporter, "scan", Samples.jpeg()));
    assertThat(jpeg.path("contentType").asString()).isEqualTo("image/jpeg");
    assertThat(jpeg.path("name").asString()).isEqualTo("scan.jpg");
    assertThat(view(reporter).path("attachments")).hasSize(4);
  }

  @Test
  void anExecutableRenamedPdfIsRefused415AndNothingIsStored() {
    long chunks = count(new Query(), CHUNKS);
    problem(upload(reporter, "báo cáo.pdf", Samples.windowsExecutable()), 415, "không phải loại");
    problem(upload(reporter, "ảnh.pdf", Samples.png()), 415, "nội dung tệp là ảnh PNG");
    problem(upload(reporter, "nén.zip", Samples.zip("a.txt")), 415, "application/zip");
    assertNothingStored(chunks);
  }

  @Test
  void aFileOverTheLimitIsRefused413AndNothingIsStored() {
    long chunks = count(new Query(), CHUNKS);
    problem(
        upload(reporter, "lớn.pdf", Samples.pdfOfSize(20 * 1024 * 1024 + 1)),
        413,
        "vượt quá dung lượng cho phép (20 MB)");
    assertNothingStored(chunks);
  }

  @Test
  void namesLoseTheirPathsAndControlCharactersButKeepVietnamese() {
    JsonNode stored =
        created(
            upload(reporter, "C:\\Users\\Văn thư\\Kết quả\u202Etháng\t9.pdf", Samples.pdf("x")));
    assertThat(stored.path("name").asString()).isEqualTo("Kết quảtháng 9.pdf");
    long chunks = count(new Query(), CHUNKS);
    problem(upload(reporter, "../../etc/báo cáo.pdf", Samples.pdf("x")), 400, "đường dẫn");
    assertThat(count(new Query(), CHUNKS)).isEqualTo(chunks);
  }

  @Test
  void onlyTheUnitsReporterMayAttachAndAnotherProvinceSeesNothing() {
    long chunks = count(new Query(), CHUNKS);
    problem(upload(f.reporterOf(f.g(1, 2)), "a.pdf", Samples.pdf("x")), 403, "đơn vị mình");
    String member =
        f.bearer(
            "dangvien",
            f.g(1, 1),
            "/tw/" + f.p + "/" + f.x1() + "/" + f.g(1, 1) + "/",
            ChidaoRoles.MEMBER);
    problem(upload(member, "a.pdf", Samples.pdf("x")), 403, "reporter");
    problem(upload(f.reviewerAtBdv(), "a.pdf", Samples.pdf("x")), 403, "đơn vị mình");
    Fixtures other = new Fixtures();
    String stranger =
        other.bearer("nguoi.la", f.g(1, 1), "/tw/" + other.p + "/x/" + f.g(1, 1) + "/", "reporter");
    problem(upload(stranger, "a.pdf", Samples.pdf("x")), 404, "Không tìm thấy");
    assertNothingStored(chunks);

    String href = created(upload(reporter, "a.pdf", Samples.pdf("x"))).path("href").asString();
    problem(get(href, stranger), 404, "Không tìm thấy");
    String otherCommune =
        f.bearer("xa2", f.x2(), "/tw/" + f.p + "/" + f.x2() + "/", ChidaoRoles.MEMBER);
    problem(get(href, otherCommune), 404, "Không tìm thấy");
    problem(delete(href, f.reviewerAtBdv()), 403, "đơn vị mình");
    problem(delete(href, stranger), 404, "Không tìm thấy");
    assertThat(view(reporter).path("attachments")).hasSize(1);
  }

  @Test
  void aSubmissionKeepsItsFilesWhichStayDownloadableAfterTheDraftDropsThem() {
    byte[] first = Samples.pdf("lần 1");
    String a = created(upload(reporter, "lần 1.pdf", first)).path("id").asString();
    String draftOnly =
        created(upload(reporter, "nháp.pdf", Samples.pdf("nháp"))).path("id").asString();
    delete(href(draftOnly), reporter).expectStatus().isNoContent();
    get(href(draftOnly), reporter).expectStatus().isNotFound();
    assertThat(count(query(where("_id").is(draftOnly)), FILES)).isZero();

    submit(reporter);
    problem(delete(href(a), reporter), 409, "");
    problem(upload(reporter, "muộn.pdf", Samples.pdf("muộn")), 409, "");

    post("/return", f.reviewerAtBdv(), Map.of("comment", "Bổ sung phụ lục.")).expectStatus().isOk();
    delete(href(a), reporter).expectStatus().isNoContent();
    assertThat(view(reporter).path("attachments")).isEmpty();
    String b = created(upload(reporter, "lần 2.pdf", Samples.pdf("lần 2"))).path("id").asString();
    submit(reporter);

    JsonNode versions = json(get("/api/reports/obligations/" + id + "/versions", reporter));
    assertThat(versions.get(0).path("attachmentIds").get(0).asString()).isEqualTo(a);
    assertThat(versions.get(0).path("attachmentIds")).hasSize(1);
    assertThat(versions.get(1).path("attachmentIds").get(0).asString()).isEqualTo(b);
    assertThat(versions.get(1).path("attachmentIds")).hasSize(1);
    // Dropped from the draft, still part of version 1.
    assertThat(
            get(href(a), f.reviewerAtBdv())
                .expectStatus()
                .isOk()
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody())
        .isEqualTo(first);
  }

  @Test
  void aFileDamagedInStorageIsRefused500RatherThanServed() {
    JsonNode stored = created(upload(reporter, "gốc.pdf", Samples.pdf("gốc")));
    mongo
        .getCollection(CHUNKS)
        .flatMap(
            chunks ->
                Mono.from(
                    chunks.updateOne(
                        new Document("files_id", stored.path("id").asString()).append("n", 0),
                        new Document(
                            "$set", new Document("data", new Binary(Samples.pdf("giả")))))))
        .block();
    problem(get(stored.path("href").asString(), reporter), 500, "SHA-256");
  }

  @Test
  void aFormWithoutTheFilePartIs400() {
    MultipartBodyBuilder body = new MultipartBodyBuilder();
    body.part("note", "không có tệp");
    problem(
        client
            .post()
            .uri("/api/reports/obligations/{id}/attachments", id)
            .header(HttpHeaders.AUTHORIZATION, reporter)
            .body(BodyInserters.fromMultipartData(body.build()))
            .exchange(),
        400,
        "trường \"file\"");
  }

  private void assertNothingStored(long chunksBefore) {
    assertThat(count(new Query(), CHUNKS)).as("chunks").isEqualTo(chunksBefore);
    assertThat(count(query(where("metadata.obligationId").is(id)), FILES)).as("files").isZero();
    assertThat(count(query(where("obligationId").is(id)), AttachmentDocument.COLLECTION))
        .as("records")
        .isZero();
    assertThat(mongo.findById(id, ObligationDocument.class).block().attachments()).isEmpty();
  }

  private long count(Query query, String collection) {
    return mongo.count(query, collection).block();
  }

  private String href(String attachmentId) {
    return "/api/reports/obligations/" + id + "/attachments/" + attachmentId;
  }

  private WebTestClient.ResponseSpec upload(String bearer, String name, byte[] bytes) {
    MultipartBodyBuilder body = new MultipartBodyBuilder();
    body.part("file", bytes).filename(name).contentType(MediaType.APPLICATION_OCTET_STREAM);
    return client
        .post()
        .uri("/api/reports/obligations/{id}/attachments", id)
        .header(HttpHeaders.AUTHORIZATION, bearer)
        .body(BodyInserters.fromMultipartData(body.build()))
        .exchange();
  }

  private JsonNode created(WebTestClient.ResponseSpec response) {
    return json(response.expectStatus().isCreated());
  }

  private JsonNode view(String bearer) {
    return json(get("/api/reports/obligations/" + id, bearer).expectStatus().isOk());
  }

  private void submit(String bearer) {
    post(
            "/submit",
            bearer,
            Map.of(
                "sections",
                Map.of("I", "Đã làm."),
                "values",
                Map.of("models", 1, "strong", 90, "assigned", true)))
        .expectStatus()
        .isOk();
  }

  private WebTestClient.ResponseSpec post(String action, String bearer, Object body) {
    return client
        .post()
        .uri("/api/reports/obligations/" + id + action)
        .header(HttpHeaders.AUTHORIZATION, bearer)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange();
  }

  private WebTestClient.ResponseSpec get(String uri, String bearer) {
    return client.get().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer).exchange();
  }

  private WebTestClient.ResponseSpec delete(String uri, String bearer) {
    return client.delete().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer).exchange();
  }

  private static JsonNode json(WebTestClient.ResponseSpec ok) {
    byte[] body = ok.expectBody().returnResult().getResponseBody();
    return tools.jackson.databind.json.JsonMapper.builder().build().readTree(body);
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private void problem(WebTestClient.ResponseSpec response, int status, String detail) {
    response
        .expectStatus()
        .isEqualTo(HttpStatus.valueOf(status))
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .value(String.class, d -> assertThat(d).contains(detail));
  }
}
