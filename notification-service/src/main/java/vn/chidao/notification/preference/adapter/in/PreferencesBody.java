package vn.chidao.notification.preference.adapter.in;

import java.util.Map;

/**
 * What a client sends (and receives) as preferences.
 *
 * @param channels per kind of alert ({@code NEW_DIRECTIVE}, {@code RECALL}, {@code
 *     OBLIGATION_OPENED}, {@code DUE_SOON}, {@code OVERDUE}, {@code REPORT_STATUS}): {@code
 *     {"email": bool, "push": bool}}; a kind or channel left out is on
 * @param quietHours null for none
 * @param digest null for no daily digest
 */
public record PreferencesBody(
    Map<String, Map<String, Boolean>> channels, QuietHoursBody quietHours, DigestBody digest) {

  /** HH:mm times; the zone defaults to Asia/Ho_Chi_Minh. */
  public record QuietHoursBody(String start, String end, String zone) {}

  public record DigestBody(String at, String zone) {}
}
