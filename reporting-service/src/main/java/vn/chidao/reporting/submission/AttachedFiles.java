package vn.chidao.reporting.submission;

import java.util.List;
import reactor.core.publisher.Mono;
import vn.chidao.reporting.obligation.ObligationDocument;

/** The files attached to a report, for its view; provided by the {@code attachment} feature. */
public interface AttachedFiles {

  /** The obligation's current attachments, in the order they were attached. */
  Mono<List<ObligationView.AttachmentView>> of(ObligationDocument obligation);
}
