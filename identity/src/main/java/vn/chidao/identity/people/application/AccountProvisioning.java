package vn.chidao.identity.people.application;

import java.util.function.Function;
import reactor.core.publisher.Mono;
import vn.chidao.identity.people.model.Account;

/** Where people's login accounts live (Keycloak), kept equal to what the directory says. */
public interface AccountProvisioning {

  /**
   * Brings the person's account to the planned state, changing nothing when it already is.
   *
   * @param plan the account wanted, given the unit the existing account names now (null when there
   *     is none): the token's unit is sticky, see {@link
   *     vn.chidao.identity.people.model.AccountPlan}
   */
  Mono<AccountOutcome> provision(String username, Function<String, Account> plan);
}
