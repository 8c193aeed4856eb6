package vn.chidao.directive.attachment.application;

import java.nio.ByteBuffer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The bytes of attached files. */
public interface AttachmentFiles {

  /**
   * Streams {@code content} into a new file {@code fileId}. When the stream fails (a refusal in the
   * middle of it, a dropped connection) everything already written for it is removed before the
   * error goes on: no orphan chunks.
   */
  Mono<Void> store(String fileId, String fileName, String directiveId, Flux<ByteBuffer> content);

  /** The file's bytes in order; an error when it does not exist. */
  Flux<ByteBuffer> read(String fileId);

  /** Removes the file and its chunks; completes also when it was already gone. */
  Mono<Void> delete(String fileId);
}
