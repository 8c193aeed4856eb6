package vn.chidao.directive.receipt.adapter.in.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.chidao.directive.issue.adapter.in.web.Callers;
import vn.chidao.directive.issue.adapter.in.web.Paging;
import vn.chidao.directive.issue.application.DirectiveStore;
import vn.chidao.directive.issue.model.Caller;
import vn.chidao.directive.issue.model.Directive;
import vn.chidao.directive.receipt.application.ReceiptStore;
import vn.chidao.directive.receipt.model.Receipt;

/**
 * "Văn bản đến": the directives delivered to the caller's unit, unread first, then newest. Opening
 * one ({@code GET /api/directives/{id}}) marks it read.
 */
@RestController
class InboxController {

  /** One delivered directive as the inbox lists it. */
  record InboxItem(
      String directiveId,
      String symbol,
      String docType,
      String subject,
      String issuerUnitName,
      String urgency,
      String secrecy,
      String status,
      String purpose,
      String state,
      Instant deliveredAt,
      Instant readAt,
      Instant acknowledgedAt) {}

  /** A page of the inbox. */
  record InboxPage(List<InboxItem> items, int page, int size, long total, long unread) {}

  private final ReceiptStore receipts;
  private final DirectiveStore directives;

  InboxController(ReceiptStore receipts, DirectiveStore directives) {
    this.receipts = receipts;
    this.directives = directives;
  }

  @GetMapping(path = "/api/inbox", produces = MediaType.APPLICATION_JSON_VALUE)
  Mono<InboxPage> inbox(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    Paging.check(page, size);
    return Callers.current().flatMap(caller -> pageOf(caller, page, size));
  }

  private Mono<InboxPage> pageOf(Caller caller, int page, int size) {
    if (caller.unitId() == null || caller.province() == null) {
      return Mono.just(new InboxPage(List.of(), page, size, 0, 0));
    }
    return receipts
        .inbox(caller.unitId(), caller.province(), page, size)
        .collectList()
        .flatMap(
            rows ->
                directives
                    .findByIds(rows.stream().map(Receipt::directiveId).toList())
                    .collectMap(Directive::id, Function.identity())
                    .map(byId -> items(rows, byId)))
        .zipWith(receipts.countInbox(caller.unitId(), caller.province(), false))
        .zipWith(receipts.countInbox(caller.unitId(), caller.province(), true))
        .map(
            found ->
                new InboxPage(
                    found.getT1().getT1(), page, size, found.getT1().getT2(), found.getT2()));
  }

  private static List<InboxItem> items(List<Receipt> rows, Map<String, Directive> byId) {
    return rows.stream()
        .filter(row -> byId.containsKey(row.directiveId()))
        .map(
            row -> {
              Directive d = byId.get(row.directiveId());
              return new InboxItem(
                  d.id(),
                  d.symbol(),
                  d.content().docType().code(),
                  d.content().subject(),
                  d.issuerUnitName(),
                  d.content().urgency().name(),
                  d.content().secrecy().name(),
                  d.status().name(),
                  row.purpose(),
                  row.state(),
                  row.deliveredAt(),
                  row.readAt(),
                  row.acknowledgedAt());
            })
        .collect(Collectors.toList());
  }
}
