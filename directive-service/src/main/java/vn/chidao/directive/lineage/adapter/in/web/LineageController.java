package vn.chidao.directive.lineage.adapter.in.web;

import java.time.Instant;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.chidao.directive.issue.adapter.in.web.Callers;
import vn.chidao.directive.issue.model.Directive;
import vn.chidao.directive.lineage.application.TracingLineage;
import vn.chidao.directive.receipt.model.ReceiptCounts;

/**
 * {@code GET /api/directives/{id}/lineage}: the tree of documents descending from a directive;
 * {@code GET /api/directives/{id}/ancestors}: the documents it descends from, oldest first.
 */
@RestController
@RequestMapping(path = "/api/directives/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
class LineageController {

  /**
   * One document of a lineage.
   *
   * @param relation how it cites its parent in the tree ({@code IMPLEMENTS}, {@code FORWARDS},
   *     {@code AMENDS}); null for the root and in an ancestor chain
   * @param flagged a document above it was recalled
   */
  record LineageNode(
      String id,
      String symbol,
      String docType,
      String subject,
      String issuerUnitId,
      String issuerUnitName,
      Instant issuedAt,
      String status,
      String relation,
      boolean flagged,
      long audience,
      long read,
      long acknowledged,
      long forwarded,
      long implemented,
      List<LineageNode> children) {

    static LineageNode of(TracingLineage.Node node) {
      Directive d = node.directive();
      ReceiptCounts p = node.progress();
      return new LineageNode(
          d.id(),
          d.symbol(),
          d.content().docType().code(),
          d.content().subject(),
          d.issuerUnitId(),
          d.issuerUnitName(),
          d.issuedAt(),
          d.status().name(),
          node.relation(),
          node.flagged(),
          p == null ? 0 : p.audience(),
          p == null ? 0 : p.read(),
          p == null ? 0 : p.acknowledged(),
          p == null ? 0 : p.forwarded(),
          p == null ? 0 : p.implemented(),
          node.children().stream().map(LineageNode::of).toList());
    }
  }

  private final TracingLineage lineage;

  LineageController(TracingLineage lineage) {
    this.lineage = lineage;
  }

  @GetMapping("/lineage")
  Mono<LineageNode> lineage(@PathVariable String id) {
    return Callers.current()
        .flatMap(caller -> lineage.descendants(id, caller))
        .map(LineageNode::of);
  }

  @GetMapping("/ancestors")
  Mono<List<LineageNode>> ancestors(@PathVariable String id) {
    return Callers.current()
        .flatMap(caller -> lineage.ancestors(id, caller))
        .map(chain -> chain.stream().map(LineageNode::of).toList());
  }
}
