package vn.chidao.directive.attachment.adapter.in.schedule;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import vn.chidao.directive.attachment.application.AttachingFiles;
import vn.chidao.directive.attachment.application.AttachmentSettings;

/**
 * Removes uploads an instance left pending when it died mid-stream (their chunks and record). Two
 * instances sweeping at once delete the same things twice, which is harmless.
 */
@Component
class AttachmentJanitor {

  private static final Logger log = LoggerFactory.getLogger(AttachmentJanitor.class);
  static final int BATCH = 100;

  private final AttachingFiles attaching;
  private final AttachmentSettings settings;

  AttachmentJanitor(AttachingFiles attaching, AttachmentSettings settings) {
    this.attaching = attaching;
    this.settings = settings;
  }

  @Scheduled(
      initialDelayString = "${chidao.directive.attachments.sweep-interval:10m}",
      fixedDelayString = "${chidao.directive.attachments.sweep-interval:10m}")
  Mono<Long> sweep() {
    // Called once by Spring, its Mono subscribed every round: each round must take the time anew
    // (AttachingFiles#sweep is deferred; so is this, so that no later change can freeze it).
    return Mono.defer(() -> attaching.sweep(settings.abandonAfter(), BATCH))
        .doOnNext(
            removed -> {
              if (removed > 0) {
                log.info("Removed {} attachment uploads left unfinished", removed);
              }
            });
  }
}
