package vn.chidao.directive.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.directive.support.DemoTokens.TINH_UY_VAN_THU;
import static vn.chidao.directive.support.DemoTokens.bearer;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;
import vn.chidao.attachments.Samples;

/**
 * Every way an upload can be wrong ends in a problem, and leaves no record, no GridFS file and no
 * chunk behind.
 */
class AttachmentRefusalsIT extends AttachmentApiIT {

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
  void a_spreadsheet_is_refused_here_though_reporting_service_accepts_one() {
    long chunks = count(CHUNKS);
    long files = count(FILES);
    upload(TINH_UY_VAN_THU, "số liệu.xlsx", MediaType.APPLICATION_OCTET_STREAM, Samples.xlsx())
        .expectStatus()
        .isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/attachment-type-not-allowed")
        .jsonPath("$.detail")
        .value(
            detail ->
                assertThat((String) detail)
                    .contains("(PDF, Word (DOCX), ảnh PNG, ảnh JPEG)")
                    .doesNotContain("Excel"));

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
}
