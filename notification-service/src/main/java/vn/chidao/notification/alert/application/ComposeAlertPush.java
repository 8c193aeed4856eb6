package vn.chidao.notification.alert.application;

import vn.chidao.notification.alert.model.Alert;

/** Writes the clear-text payload of the push of an alert (once per event). */
public interface ComposeAlertPush {

  /** JSON the service worker shows: {@code {title, body, url, directiveId, kind}}. */
  String payload(Alert alert);
}
