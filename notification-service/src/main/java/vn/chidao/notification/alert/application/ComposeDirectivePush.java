package vn.chidao.notification.alert.application;

import vn.chidao.notification.alert.model.DirectiveAlert;

/** Writes the clear-text payload of the push about a new directive (once per event). */
public interface ComposeDirectivePush {

  /** JSON the service worker shows: {@code {title, body, url, directiveId}}. */
  String payload(DirectiveAlert alert);
}
