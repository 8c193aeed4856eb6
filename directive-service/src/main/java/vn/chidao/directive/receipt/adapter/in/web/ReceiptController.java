package vn.chidao.directive.receipt.adapter.in.web;

import java.time.Instant;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.chidao.directive.delivery.application.DeliveryStore;
import vn.chidao.directive.delivery.model.DeliveryProgress;
import vn.chidao.directive.issue.adapter.in.web.Callers;
import vn.chidao.directive.issue.adapter.in.web.Paging;
import vn.chidao.directive.issue.application.ViewingDirective;
import vn.chidao.directive.receipt.application.ReceiptReports;
import vn.chidao.directive.receipt.application.TrackingReceipts;
import vn.chidao.directive.receipt.model.Receipt;
import vn.chidao.directive.receipt.model.ReceiptCounts;
import vn.chidao.directive.receipt.model.ReceiptStep;
import vn.chidao.platform.problem.ProblemException;

/**
 * Receipt of one directive: a receiving unit acknowledges it; the issuer follows delivery and
 * receipt for the whole audience and per subtree, and lists the units that have not yet read or
 * acknowledged it.
 */
@RestController
@RequestMapping(path = "/api/directives/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
class ReceiptController {

  /** A unit's receipt. */
  record ReceiptView(
      String directiveId,
      String unitId,
      String path,
      String purpose,
      String state,
      Instant deliveredAt,
      Instant readAt,
      String readBy,
      Instant acknowledgedAt,
      String acknowledgedBy,
      Instant forwardedAt,
      String forwardedAs,
      Instant implementedAt,
      String implementedAs) {

    static ReceiptView of(Receipt r) {
      return new ReceiptView(
          r.directiveId(),
          r.unitId(),
          r.path(),
          r.purpose(),
          r.state(),
          r.deliveredAt(),
          r.readAt(),
          r.readBy(),
          r.acknowledgedAt(),
          r.acknowledgedBy(),
          r.forwardedAt(),
          r.forwardedAs(),
          r.implementedAt(),
          r.implementedAs());
    }
  }

  /** Delivery job and receipt totals. */
  record ProgressView(
      DeliveryView delivery,
      ReceiptCounts total,
      ReceiptCounts node,
      List<ReceiptCounts> children) {}

  /** How far delivery got. */
  record DeliveryView(
      String state,
      int audience,
      int batches,
      int batchesDelivered,
      int unitsDelivered,
      Instant startedAt,
      Instant finishedAt) {

    static DeliveryView of(DeliveryProgress p) {
      return new DeliveryView(
          p.state(),
          p.audience(),
          p.batches(),
          p.batchesDelivered(),
          p.unitsDelivered(),
          p.startedAt(),
          p.finishedAt());
    }
  }

  /** A page of receipts. */
  record ReceiptPage(List<ReceiptView> items, int page, int size, long total) {}

  private final ViewingDirective viewing;
  private final TrackingReceipts tracking;
  private final ReceiptReports reports;
  private final DeliveryStore deliveries;

  ReceiptController(
      ViewingDirective viewing,
      TrackingReceipts tracking,
      ReceiptReports reports,
      DeliveryStore deliveries) {
    this.viewing = viewing;
    this.tracking = tracking;
    this.reports = reports;
    this.deliveries = deliveries;
  }

  @PostMapping("/acknowledge")
  Mono<ReceiptView> acknowledge(@PathVariable String id) {
    return Callers.current()
        .flatMap(
            caller ->
                viewing
                    .view(id, caller)
                    .flatMap(directive -> tracking.acknowledge(directive, caller)))
        .map(ReceiptView::of);
  }

  /** The caller's unit's own receipt. */
  @GetMapping("/receipt")
  Mono<ReceiptView> mine(@PathVariable String id) {
    return Callers.current()
        .flatMap(
            caller ->
                viewing
                    .view(id, caller)
                    .flatMap(directive -> tracking.ofCaller(directive.id(), caller)))
        .map(ReceiptView::of)
        .switchIfEmpty(
            Mono.error(
                () ->
                    ProblemException.notFound(
                        "receipt-not-found", "Văn bản này không được gửi tới đơn vị của bạn.")));
  }

  @GetMapping("/receipts")
  Mono<ProgressView> progress(
      @PathVariable String id, @RequestParam(required = false) String under) {
    return Callers.current()
        .flatMap(
            caller ->
                viewing
                    .view(id, caller)
                    .flatMap(directive -> reports.progress(directive, caller, under)))
        .zipWith(deliveries.progress(id))
        .map(
            found ->
                new ProgressView(
                    DeliveryView.of(found.getT2()),
                    found.getT1().total(),
                    found.getT1().node(),
                    found.getT1().children()));
  }

  @GetMapping("/receipts/pending")
  Mono<ReceiptPage> pending(
      @PathVariable String id,
      @RequestParam(defaultValue = "READ") String step,
      @RequestParam(required = false) String under,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    Paging.check(page, size);
    ReceiptStep wanted = stepOf(step);
    return Callers.current()
        .flatMap(
            caller ->
                viewing
                    .view(id, caller)
                    .flatMap(
                        directive -> reports.pending(directive, caller, wanted, under, page, size)))
        .map(
            found ->
                new ReceiptPage(
                    found.items().stream().map(ReceiptView::of).toList(),
                    found.page(),
                    found.size(),
                    found.total()));
  }

  private static ReceiptStep stepOf(String step) {
    return switch (step) {
      case "READ" -> ReceiptStep.READ;
      case "ACKNOWLEDGED" -> ReceiptStep.ACKNOWLEDGED;
      default ->
          throw ProblemException.badRequest(
              "invalid-step",
              "Tham số step phải là READ (chưa đọc) hoặc ACKNOWLEDGED (chưa xác nhận).");
    };
  }
}
