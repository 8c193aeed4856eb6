package vn.chidao.directive.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static vn.chidao.directive.support.DemoTokens.TINH_UY_VAN_THU;
import static vn.chidao.directive.support.DemoTokens.bearer;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import reactor.core.publisher.Mono;
import vn.chidao.contracts.Destinations;
import vn.chidao.contracts.directive.DirectiveIssued;
import vn.chidao.directive.issue.adapter.in.web.DirectiveResponse;
import vn.chidao.directive.issue.adapter.out.mongo.DirectiveDocument;
import vn.chidao.directive.issue.adapter.out.mongo.PendingEvent;
import vn.chidao.directive.issue.application.DirectiveEvents;
import vn.chidao.directive.support.EventTap;
import vn.chidao.directive.support.ServiceIT;

/** Events the first publish did not get onto the broker are published by the relay. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.mongodb.database=chidao-directives-outbox-it",
      "chidao.directive.outbox.relay-interval=300ms",
      "chidao.directive.outbox.min-age=3s"
    })
@DirtiesContext // its fast relay must not outlive these tests
class OutboxRelayIT extends ServiceIT {

  @MockitoSpyBean private DirectiveEvents events;

  private EventTap issued;

  @BeforeEach
  void listen() throws Exception {
    issued = EventTap.listen(Destinations.DIRECTIVE_ISSUED);
  }

  @AfterEach
  void stopListening() throws Exception {
    issued.close();
  }

  private DirectiveDocument stored(String id) {
    return mongo.findById(id, DirectiveDocument.class).block();
  }

  @Test
  void a_directive_whose_first_publish_failed_is_published_by_the_relay() throws Exception {
    doReturn(Mono.error(new IllegalStateException("broker unreachable (simulated)")))
        .doCallRealMethod()
        .when(events)
        .publishIssued(any());

    DirectiveResponse created =
        web.post()
            .uri("/api/directives")
            .header(HttpHeaders.AUTHORIZATION, bearer(TINH_UY_VAN_THU))
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(
                Map.of(
                    "docType", "KH",
                    "subject", "Kế hoạch tổng kết công tác dân vận năm 2026",
                    "recipientUnitIds", List.of("dn-tranbien", "dn-xuanloc")))
            .exchange()
            .expectStatus()
            .isCreated()
            .expectBody(DirectiveResponse.class)
            .returnResult()
            .getResponseBody();

    assertThat(stored(created.id()).pendingEvents()).as("still in the outbox").hasSize(1);
    EventTap.Received message = issued.next(BROKER_WAIT);
    assertThat(message).as("DirectiveIssued published by the relay").isNotNull();
    DirectiveIssued event = message.as(DirectiveIssued.class);
    assertThat(event.directiveId()).isEqualTo(created.id());
    assertThat(event.eventId()).isEqualTo(stored(created.id()).issuedEventId());
    await().atMost(BROKER_WAIT).until(() -> stored(created.id()).pendingEvents().isEmpty());
  }

  @Test
  void a_directive_stored_just_before_a_crash_is_published_by_the_relay() throws Exception {
    String id = UUID.randomUUID().toString();
    String eventId = UUID.randomUUID().toString();
    Instant issuedAt = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);
    mongo
        .insert(
            new DirectiveDocument(
                id,
                "dong-nai",
                "CT",
                "Chỉ thị về tăng cường công tác phòng chống thiên tai",
                "",
                "HOA_TOC",
                "NONE",
                null,
                "dong-nai",
                "Tỉnh ủy Đồng Nai",
                List.of("dn-tranbien"),
                Set.of("dong-nai"),
                "tinhuy.vanthu",
                issuedAt,
                "ISSUED",
                eventId,
                7,
                "07-CT/TU",
                "PARTY|dong-nai|CT|2025-2030",
                "ngày 22 tháng 11 năm 2026",
                null,
                List.of(new PendingEvent(eventId, "DirectiveIssued", issuedAt)),
                // stored before distribution lists, lineage and delivery jobs existed
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null))
        .block();

    EventTap.Received message = issued.next(BROKER_WAIT);
    assertThat(message).as("DirectiveIssued published by the relay").isNotNull();
    DirectiveIssued event = message.as(DirectiveIssued.class);
    assertThat(event.eventId()).isEqualTo(eventId);
    assertThat(event.directiveId()).isEqualTo(id);
    assertThat(event.urgency()).isEqualTo("HOA_TOC");
    assertThat(event.symbol()).isEqualTo("07-CT/TU");
    assertThat(event.occurredAt()).isEqualTo(issuedAt);
    await().atMost(BROKER_WAIT).until(() -> stored(id).pendingEvents().isEmpty());
  }
}
