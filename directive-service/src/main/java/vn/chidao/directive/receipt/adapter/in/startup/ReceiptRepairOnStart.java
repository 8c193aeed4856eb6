package vn.chidao.directive.receipt.adapter.in.startup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.chidao.directive.receipt.application.RepairingReceipts;

/**
 * Repairs what a crash left between two receipt writes once the service is up, in the background; a
 * failure is logged and the repair runs again at the next start (it is idempotent).
 */
@Component
class ReceiptRepairOnStart {

  private static final Logger log = LoggerFactory.getLogger(ReceiptRepairOnStart.class);

  private final RepairingReceipts repairing;

  ReceiptRepairOnStart(RepairingReceipts repairing) {
    this.repairing = repairing;
  }

  @EventListener(ApplicationReadyEvent.class)
  void onStart() {
    repairing
        .run()
        .subscribe(
            repaired -> {
              if (repaired.recountedDirectives() > 0 || repaired.followUps() > 0) {
                log.info(
                    "Receipts repaired after a crash: {} directive(s) recounted, {} follow-up(s)",
                    repaired.recountedDirectives(),
                    repaired.followUps());
              }
            },
            failed -> log.warn("Receipt repair failed; it runs again at the next start", failed));
  }
}
