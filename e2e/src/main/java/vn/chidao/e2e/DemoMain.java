package vn.chidao.e2e;

import vn.chidao.testsupport.KeycloakEndpoint;

/**
 * {@code ./chidao demo}: the walking skeleton against a running suite. Exits 0 when every step
 * succeeded, 1 otherwise. Configured by GATEWAY_URL, KEYCLOAK_URL and MAIL_API_URL.
 */
public final class DemoMain {

  private DemoMain() {}

  public static void main(String[] args) {
    String gateway = env("GATEWAY_URL", "http://127.0.0.1:8080");
    KeycloakEndpoint keycloak = new KeycloakEndpoint(env("KEYCLOAK_URL", "http://127.0.0.1:8180"));
    Mailbox mailbox = new GreenMailApiMailbox(env("MAIL_API_URL", "http://127.0.0.1:8025"));
    System.out.println("Walking skeleton against " + gateway);
    WalkingSkeleton.Outcome outcome =
        new WalkingSkeleton(
                gateway,
                user -> keycloak.passwordToken(user, WalkingSkeleton.DEMO_PASSWORD),
                mailbox,
                System.out)
            .run();
    System.out.println(outcome.succeeded() ? "Demo succeeded." : "Demo failed.");
    System.exit(outcome.succeeded() ? 0 : 1);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
