package vn.chidao.notification.alert.model;

/** Độ khẩn of a directive, with the words a Vietnamese reader expects. */
public enum Urgency {
  NORMAL("Thường"),
  KHAN("Khẩn"),
  THUONG_KHAN("Thượng khẩn"),
  HOA_TOC("Hỏa tốc");

  private final String label;

  Urgency(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isUrgent() {
    return this != NORMAL;
  }

  /** Thượng khẩn and Hỏa tốc are sent at once: no quiet hours, no digest. */
  public boolean bypassesQuietHours() {
    return this == THUONG_KHAN || this == HOA_TOC;
  }

  /** An unknown or missing code is read as normal: an alert is still better than none. */
  public static Urgency fromCode(String code) {
    if (code == null) {
      return NORMAL;
    }
    for (Urgency urgency : values()) {
      if (urgency.name().equalsIgnoreCase(code.trim())) {
        return urgency;
      }
    }
    return NORMAL;
  }
}
