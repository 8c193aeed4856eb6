package vn.chidao.identity.org.adapter.in.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;
import vn.chidao.identity.org.model.Membership;
import vn.chidao.identity.org.model.OrgDirectory;
import vn.chidao.identity.org.model.OrgUnit;
import vn.chidao.identity.org.model.UnitStatus;

class DemoDirectoryReaderTest {

  private final OrgDirectory directory =
      new DemoDirectoryReader(JsonMapper.builder().build())
          .read(new ClassPathResource("demo/directory.json"));

  @Test
  void the_demo_directory_has_every_unit_and_every_role_account() {
    assertThat(directory.units()).hasSize(15);
    assertThat(directory.memberships()).hasSize(13);
  }

  @Test
  void a_party_cell_gets_the_path_through_all_its_ancestors() {
    OrgUnit cell = unit("dn-tranbien-kp1-cb1");

    assertThat(cell.path())
        .isEqualTo("/tw/dong-nai/dn-tranbien/dn-tranbien-kp1/dn-tranbien-kp1-cb1/");
    assertThat(cell.tenant()).isEqualTo("dong-nai");
    assertThat(cell.name()).isEqualTo("Chi bộ Tổ dân phố 1");
    assertThat(cell.status()).isEqualTo(UnitStatus.ACTIVE);
  }

  @Test
  void vietnamese_names_and_abbreviations_survive_parsing() {
    assertThat(unit("dn-cqd").issuerAbbr()).isEqualTo("ĐUK");
    assertThat(unit("dn-xuanloc-bh").name()).isEqualTo("Đảng bộ ấp Bình Hòa");
  }

  @Test
  void a_person_takes_the_tenant_of_their_unit_and_a_test_domain_email() {
    Membership clerk = membership("tinhuy.vanthu");

    assertThat(clerk.unitId()).isEqualTo("dong-nai");
    assertThat(clerk.tenant()).isEqualTo("dong-nai");
    assertThat(clerk.email()).isEqualTo("tinhuy.vanthu@chidao.test");
    assertThat(clerk.position()).isEqualTo("VAN_THU");
    assertThat(clerk.roles()).containsExactly("issuer", "reviewer", "member");
    assertThat(clerk.active()).isTrue();
    assertThat(membership("trunguong.quantri").tenant()).isEqualTo("trung-uong");
  }

  @Test
  void a_person_in_a_unit_that_is_not_in_the_file_is_refused() {
    DemoDirectoryFile file =
        new DemoDirectoryFile(
            null,
            List.of(new DemoDirectoryFile.Unit("tw", null, "trung-uong", "CENTRAL", "TW", "TW")),
            List.of(new DemoDirectoryFile.Person("x.vanthu", "nowhere", "VAN_THU", List.of())),
            new DemoDirectoryFile.Defaults("chidao.test", "pw", ""));

    assertThatThrownBy(() -> DemoDirectoryReader.toDirectory(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nowhere");
  }

  private OrgUnit unit(String id) {
    return directory.units().stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow();
  }

  private Membership membership(String username) {
    return directory.memberships().stream()
        .filter(m -> m.username().equals(username))
        .findFirst()
        .orElseThrow();
  }
}
