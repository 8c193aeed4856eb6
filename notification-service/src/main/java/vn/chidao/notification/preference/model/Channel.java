package vn.chidao.notification.preference.model;

/** Channels a person can switch; the in-app inbox always records and cannot be switched off. */
public enum Channel {
  EMAIL,
  PUSH
}
