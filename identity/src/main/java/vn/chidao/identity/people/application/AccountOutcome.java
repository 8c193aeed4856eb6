package vn.chidao.identity.people.application;

/** What provisioning did to a person's login account. */
public enum AccountOutcome {
  CREATED,
  UPDATED,
  /** Already as planned: re-provisioning changes nothing. */
  UNCHANGED,
  /** The person holds no post any more: the account is disabled and has no chidao roles. */
  DISABLED,
  /** Keycloak could not be reached or refused; the directory change stands and is retried. */
  PENDING,
  /** This deployment does not provision accounts (e.g. they come from LDAP federation). */
  NOT_MANAGED
}
