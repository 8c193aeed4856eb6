package vn.chidao.notification.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import vn.chidao.contracts.org.MembershipChanged;
import vn.chidao.notification.alert.model.UnitMember;
import vn.chidao.testsupport.TestMongo;

/** The people read copy against a MongoDB wire server. */
class MemberDirectoryIT {

  private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");
  private static final Set<String> LEADERS = Set.of("BI_THU", "PHO_BI_THU", "VAN_THU");

  private static MongoClient client;
  private static MemberDirectory directory;

  @BeforeAll
  static void connect() {
    client = MongoClients.create(TestMongo.uri());
    directory = new MemberDirectory(new ReactiveMongoTemplate(client, "notification-members-it"));
    directory.createIndexes().block();
  }

  @AfterAll
  static void close() {
    client.close();
  }

  @Test
  void a_person_joining_a_unit_is_found_there_by_position() {
    String unit = unit();
    directory.apply(changed("vanthu", unit, "VAN_THU", true, T0)).block();
    directory.apply(changed("quantri", unit, "QUAN_TRI", true, T0)).block();

    assertThat(directory.activeIn(List.of(unit), LEADERS, List.of()).collectList().block())
        .extracting(UnitMember::username, UnitMember::email, UnitMember::displayName)
        .containsExactly(tuple("vanthu", "vanthu@chidao.test", "Văn thư"));
  }

  @Test
  void the_newer_event_wins_whatever_the_order_of_arrival() {
    String unit = unit();
    directory.apply(changed("vanthu", unit, "VAN_THU", false, T0.plusSeconds(60))).block();
    directory.apply(changed("vanthu", unit, "VAN_THU", true, T0)).block();

    assertThat(directory.activeIn(List.of(unit), LEADERS, List.of()).collectList().block())
        .isEmpty();
  }

  @Test
  void a_change_of_position_replaces_the_old_one() {
    String unit = unit();
    directory.apply(changed("member", unit, "MEMBER", true, T0)).block();
    directory.apply(changed("member", unit, "PHO_BI_THU", true, T0.plusSeconds(1))).block();

    assertThat(directory.activeIn(List.of(unit), LEADERS, List.of()).collectList().block())
        .singleElement()
        .satisfies(m -> assertThat(m.position()).isEqualTo("PHO_BI_THU"));
  }

  @Test
  void versions_of_one_membership_applied_at_once_leave_the_newest_and_one_copy() {
    String unit = unit();
    Flux.range(0, 10)
        .flatMap(
            i ->
                directory
                    .apply(
                        changed(
                            "bithu",
                            unit,
                            i == 7 ? "BI_THU" : "MEMBER",
                            true,
                            T0.plusSeconds(i == 7 ? 100 : i)))
                    .subscribeOn(Schedulers.parallel()))
        .then()
        .block();

    assertThat(directory.activeIn(List.of(unit), LEADERS, List.of()).collectList().block())
        .singleElement()
        .satisfies(m -> assertThat(m.position()).isEqualTo("BI_THU"));
  }

  @Test
  void people_of_many_units_are_found_across_query_chunks() {
    List<String> units =
        Flux.range(0, MemberDirectory.UNITS_PER_QUERY + 5).map(i -> unit()).collectList().block();
    directory.apply(changed("first", units.get(0), "BI_THU", true, T0)).block();
    directory.apply(changed("last", units.get(units.size() - 1), "VAN_THU", true, T0)).block();

    assertThat(directory.activeIn(units, LEADERS, List.of()).collectList().block())
        .extracting(UnitMember::username)
        .containsExactlyInAnyOrder("first", "last");
  }

  @Test
  void people_are_found_by_position_or_by_role_in_one_query() {
    String unit = unit();
    directory.apply(changed("vanthu", unit, "VAN_THU", true, T0)).block();
    directory
        .apply(
            new MembershipChanged(
                UUID.randomUUID().toString(),
                T0,
                "dong-nai",
                "kiemtra",
                unit,
                "MEMBER",
                "kiemtra@chidao.test",
                "Kiểm tra",
                true,
                List.of("reviewer")))
        .block();
    directory.apply(changed("dangvien", unit, "MEMBER", true, T0)).block();

    assertThat(
            directory.activeIn(List.of(unit), LEADERS, List.of("reviewer")).collectList().block())
        .extracting(UnitMember::username)
        .containsExactlyInAnyOrder("vanthu", "kiemtra");
    assertThat(
            directory.activeIn(List.of(unit), List.of(), List.of("reviewer")).collectList().block())
        .singleElement()
        .satisfies(m -> assertThat(m.roles()).containsExactly("reviewer"));
  }

  private static String unit() {
    return "unit-" + UUID.randomUUID();
  }

  private static MembershipChanged changed(
      String username, String unitId, String position, boolean active, Instant at) {
    return new MembershipChanged(
        UUID.randomUUID().toString(),
        at,
        "dong-nai",
        username,
        unitId,
        position,
        username + "@chidao.test",
        "Văn thư",
        active);
  }
}
