package vn.chidao.directive.delivery.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidao.directive.issue.model.Purpose;

class ReceiptNodesTest {

  @Test
  void a_cell_counts_in_the_total_the_issuer_and_two_levels_below_it() {
    assertThat(ReceiptNodes.of("/tw/", "/tw/t01/t01-x0001/t01-x0001-g01/t01-x0001-g01-b01/", 2))
        .containsExactly("*", "tw", "t01", "t01-x0001");
  }

  @Test
  void below_a_provincial_issuer_the_nodes_start_at_the_issuer_and_stop_at_the_levels_asked() {
    String cell = "/tw/dong-nai/dn-tranbien/dn-tranbien-kp1/dn-tranbien-kp1-cb1/";
    assertThat(ReceiptNodes.of("/tw/dong-nai/", cell, 2))
        .containsExactly("*", "dong-nai", "dn-tranbien", "dn-tranbien-kp1");
    assertThat(ReceiptNodes.of("/tw/dong-nai/", cell, 0)).containsExactly("*", "dong-nai");
    assertThat(ReceiptNodes.of("/tw/dong-nai/", "/tw/dong-nai/dn-tranbien/", 2))
        .containsExactly("*", "dong-nai", "dn-tranbien");
  }

  @Test
  void a_unit_above_the_issuer_counts_only_in_the_total() {
    assertThat(ReceiptNodes.of("/tw/dong-nai/dn-tranbien/", "/tw/dong-nai/", 2))
        .containsExactly("*");
  }

  @Test
  void the_tally_counts_each_node_s_audience_with_its_parent() {
    List<AudienceMember> members =
        List.of(
            member("/tw/t01/"),
            member("/tw/t01/t01-x1/"),
            member("/tw/t01/t01-x1/g1/"),
            member("/tw/t02/t02-x1/"));

    assertThat(ReceiptNodes.tally("/tw/", members, 2))
        .containsExactlyInAnyOrder(
            new ReceiptNodes.Node("*", null, 4),
            new ReceiptNodes.Node("tw", null, 4),
            new ReceiptNodes.Node("t01", "tw", 3),
            new ReceiptNodes.Node("t01-x1", "t01", 2),
            new ReceiptNodes.Node("t02", "tw", 1),
            new ReceiptNodes.Node("t02-x1", "t02", 1));
  }

  private static AudienceMember member(String path) {
    String[] parts = path.split("/");
    return new AudienceMember(parts[parts.length - 1], "t", path, Purpose.IMPLEMENT);
  }
}
