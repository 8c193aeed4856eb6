package vn.chidao.identity.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.chidao.identity.org.application.MembershipStore;
import vn.chidao.identity.org.model.Membership;
import vn.chidao.identity.people.application.SyncStore;

/**
 * Nothing accepted is lost: a change whose request died after the membership was written (marked in
 * the people outbox, never synced) is finished by the relay — its event published and the account
 * provisioned — without anyone asking again.
 */
class PeopleRelayIT extends PeopleIT {

  @Autowired MembershipStore memberships;
  @Autowired SyncStore sync;

  @Test
  void a_change_interrupted_after_its_write_is_published_and_provisioned_by_the_relay()
      throws Exception {
    String cell = found("dn-xuanloc");
    String username = freshUsername("relay");
    // what a request does before it crashes: mark the person, write the membership
    sync.markPending(username).block();
    memberships
        .put(
            new Membership(
                username,
                cell,
                "dong-nai",
                "VAN_THU",
                List.of("issuer"),
                username + "@chidao.test",
                true))
        .block();
    assertThat(keycloakUser(username)).isNull();

    List<JsonNode> events = new ArrayList<>();
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              drainMembershipEvents().stream()
                  .filter(event -> event.path("username").asString().equals(username))
                  .forEach(events::add);
              assertThat(events).isNotEmpty();
              assertThat(keycloakUser(username)).isNotNull();
              assertThat(stillMarked()).doesNotContain(username);
            });
    assertThat(keycloakUser(username).getAttributes().get("unit_id")).containsExactly(cell);
    assertThat(realmRoles(username)).contains("issuer", "member");
  }

  private List<String> stillMarked() {
    return sync.pending(Instant.now().plusSeconds(60), 10_000)
        .map(SyncStore.Pending::username)
        .collectList()
        .block();
  }
}
