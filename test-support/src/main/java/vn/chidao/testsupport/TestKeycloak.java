package vn.chidao.testsupport;

import dasniko.testcontainers.keycloak.KeycloakContainer;
import java.io.IOException;

/**
 * A real Keycloak with the project's {@code chidao} realm: a container when a Docker engine
 * answers, otherwise the server from the {@code keycloak-quarkus-dist} the build unpacks (see
 * {@link LocalKeycloak}), started at most once and shared by every module of a build.
 */
public final class TestKeycloak {

  public static final String IMAGE = "quay.io/keycloak/keycloak:26.7";
  private static volatile KeycloakEndpoint endpoint;
  private static volatile KeycloakAdmin admin;

  private TestKeycloak() {}

  public static KeycloakEndpoint get() {
    if (endpoint == null) {
      synchronized (TestKeycloak.class) {
        if (endpoint == null) {
          if (Docker.available()) {
            endpoint = startContainer();
          } else {
            LocalKeycloak.Started started = LocalKeycloak.startOrReuse();
            admin = started.admin();
            endpoint = started.endpoint();
          }
        }
      }
    }
    touch();
    return endpoint;
  }

  /** The master realm's administrator of the server {@link #get()} returns. */
  public static KeycloakAdmin admin() {
    get();
    return admin;
  }

  /** Tells a shared local server it is still in use (it stops itself when idle too long). */
  static void touch() {
    if (!Docker.available()) {
      LocalKeycloak.touchLease();
    }
  }

  @SuppressWarnings("resource") // lives as long as the JVM; Testcontainers' Ryuk reaps it
  private static KeycloakEndpoint startContainer() {
    KeycloakContainer container = new KeycloakContainer(IMAGE);
    container.start();
    try {
      RealmImport.importInto(
          container.getAuthServerUrl(), container.getAdminUsername(), container.getAdminPassword());
    } catch (IOException e) {
      throw new IllegalStateException("Realm import into the Keycloak container failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    String url = stripSlash(container.getAuthServerUrl());
    admin = new KeycloakAdmin(url, container.getAdminUsername(), container.getAdminPassword());
    return new KeycloakEndpoint(url);
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
