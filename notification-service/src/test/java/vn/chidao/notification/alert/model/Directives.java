package vn.chidao.notification.alert.model;

import java.util.List;

/** Test data: a directive the Trấn Biên ward committee receives, and variations of it. */
public final class Directives {

  private Directives() {}

  public static IssuedDirective congVan() {
    return new IssuedDirective(
        "evt-1",
        "dong-nai",
        "dir-1",
        "CV",
        "84-CV/ĐU",
        "về việc tăng cường công tác dân vận",
        "Đảng ủy phường Trấn Biên",
        Urgency.HOA_TOC,
        List.of("dn-tranbien"));
  }

  public static IssuedDirective withSymbol(IssuedDirective d, String symbol) {
    return new IssuedDirective(
        d.eventId(),
        d.tenant(),
        d.directiveId(),
        d.docType(),
        symbol,
        d.subject(),
        d.issuerUnitName(),
        d.urgency(),
        d.recipientUnitIds());
  }

  public static IssuedDirective withSubject(IssuedDirective d, String subject) {
    return new IssuedDirective(
        d.eventId(),
        d.tenant(),
        d.directiveId(),
        d.docType(),
        d.symbol(),
        subject,
        d.issuerUnitName(),
        d.urgency(),
        d.recipientUnitIds());
  }

  public static IssuedDirective withUrgency(IssuedDirective d, Urgency urgency) {
    return new IssuedDirective(
        d.eventId(),
        d.tenant(),
        d.directiveId(),
        d.docType(),
        d.symbol(),
        d.subject(),
        d.issuerUnitName(),
        urgency,
        d.recipientUnitIds());
  }
}
