package vn.chidao.directive.numbering.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlaceAndDateTest {

  @Test
  void party_style_prints_day_and_month_as_they_are() {
    assertThat(PlaceAndDate.format(Regime.PARTY, "Biên Hòa", LocalDate.of(2014, 6, 6)))
        .isEqualTo("Biên Hòa, ngày 6 tháng 6 năm 2014");
    assertThat(PlaceAndDate.format(Regime.PARTY, "Kon Tum", LocalDate.of(2016, 11, 18)))
        .isEqualTo("Kon Tum, ngày 18 tháng 11 năm 2016");
    assertThat(PlaceAndDate.format(Regime.PARTY, "Hà Nội", LocalDate.of(2026, 2, 3)))
        .isEqualTo("Hà Nội, ngày 3 tháng 2 năm 2026");
  }

  @Test
  void state_style_pads_days_below_ten_and_the_months_january_and_february() {
    assertThat(PlaceAndDate.format(Regime.STATE, "Biên Hòa", LocalDate.of(2014, 6, 6)))
        .isEqualTo("Biên Hòa, ngày 06 tháng 6 năm 2014");
    assertThat(PlaceAndDate.format(Regime.STATE, "Hà Nội", LocalDate.of(2020, 2, 5)))
        .isEqualTo("Hà Nội, ngày 05 tháng 02 năm 2020");
    assertThat(PlaceAndDate.format(Regime.STATE, "Hà Nội", LocalDate.of(2026, 1, 15)))
        .isEqualTo("Hà Nội, ngày 15 tháng 01 năm 2026");
    assertThat(PlaceAndDate.format(Regime.STATE, "Đồng Nai", LocalDate.of(2026, 12, 31)))
        .isEqualTo("Đồng Nai, ngày 31 tháng 12 năm 2026");
  }

  @Test
  void without_a_place_the_line_is_only_the_date() {
    assertThat(PlaceAndDate.format(Regime.PARTY, null, LocalDate.of(2026, 11, 22)))
        .isEqualTo("ngày 22 tháng 11 năm 2026");
    assertThat(PlaceAndDate.format(Regime.PARTY, "  ", LocalDate.of(2026, 11, 22)))
        .isEqualTo("ngày 22 tháng 11 năm 2026");
  }
}
