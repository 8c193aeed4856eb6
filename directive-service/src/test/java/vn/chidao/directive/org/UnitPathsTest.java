package vn.chidao.directive.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitPathsTest {

  @Test
  void theIdIsTheLastSegment() {
    assertThat(UnitPaths.idOf("/tw/")).isEqualTo("tw");
    assertThat(UnitPaths.idOf("/tw/t01/")).isEqualTo("t01");
    assertThat(UnitPaths.idOf("/tw/t01/t01-x0001/t01-x0001-g01/")).isEqualTo("t01-x0001-g01");
  }

  @Test
  void onlyAOneSegmentPathIsTheRoot() {
    assertThat(UnitPaths.isRoot("/tw/")).isTrue();
    assertThat(UnitPaths.isRoot("/tw/t01/")).isFalse();
    assertThat(UnitPaths.isRoot("/tw/t01/t01-x0001/")).isFalse();
  }
}
