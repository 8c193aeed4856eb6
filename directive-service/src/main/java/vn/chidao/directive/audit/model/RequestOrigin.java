package vn.chidao.directive.audit.model;

/** Where a request came from, for the audit trail. */
public record RequestOrigin(String ip, String requestId) {

  /** The key under which the web layer puts the origin into the Reactor context. */
  public static final String CONTEXT_KEY = RequestOrigin.class.getName();
}
