package vn.chidao.directive.numbering.model;

import java.time.LocalDate;

/**
 * The place-and-date line (địa danh, ngày tháng năm). Party style prints numbers as they are, as in
 * "Biên Hòa, ngày 6 tháng 6 năm 2014"; State style (Nghị định 30/2020, Phụ lục I) writes a zero
 * before days below 10 and before months 1 and 2: "Biên Hòa, ngày 06 tháng 02 năm 2026", but "ngày
 * 16 tháng 6 năm 2026".
 */
public final class PlaceAndDate {

  private PlaceAndDate() {}

  /**
   * @param place the place name; without one the line is only the date
   */
  public static String format(Regime regime, String place, LocalDate date) {
    String day = Integer.toString(date.getDayOfMonth());
    String month = Integer.toString(date.getMonthValue());
    if (regime == Regime.STATE) {
      day = date.getDayOfMonth() < 10 ? "0" + day : day;
      month = date.getMonthValue() <= 2 ? "0" + month : month;
    }
    String line = "ngày " + day + " tháng " + month + " năm " + date.getYear();
    return place == null || place.isBlank() ? line : place.strip() + ", " + line;
  }
}
