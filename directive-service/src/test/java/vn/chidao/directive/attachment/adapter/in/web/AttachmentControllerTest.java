package vn.chidao.directive.attachment.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.util.unit.DataSize;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;
import vn.chidao.directive.attachment.application.AttachingFiles;
import vn.chidao.directive.attachment.application.AttachmentSettings;
import vn.chidao.platform.problem.ProblemException;

/**
 * An upload that declares a length over the limit is refused before its body is read. Only the
 * settings matter here: the other collaborators are never reached, so they are left out (null).
 */
class AttachmentControllerTest {

  private final AttachmentController controller =
      new AttachmentController(
          new AttachingFiles(
              null,
              null,
              null,
              null,
              new AttachmentSettings(
                  DataSize.ofMegabytes(20), 50, Duration.ofHours(1), Duration.ofMinutes(10)),
              Clock.systemUTC()),
          null);

  @Test
  void a_declared_length_over_the_limit_is_a_413_before_the_body_is_read() {
    AtomicBoolean read = new AtomicBoolean();
    Flux<PartEvent> body =
        Flux.defer(
            () -> {
              read.set(true);
              return Flux.empty();
            });

    StepVerifier.create(controller.upload("d-1", 21L * 1024 * 1024, body))
        .expectErrorSatisfies(
            error -> {
              assertThat(error).isInstanceOf(ProblemException.class);
              ProblemException problem = (ProblemException) error;
              assertThat(problem.getStatusCode().value()).isEqualTo(413);
              assertThat(problem.getBody().getType().toString()).endsWith("attachment-too-large");
              assertThat(problem.getBody().getDetail()).contains("20 MB");
            })
        .verify(Duration.ofSeconds(5));
    assertThat(read).isFalse();
  }
}
