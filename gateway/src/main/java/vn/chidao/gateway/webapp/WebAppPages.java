package vn.chidao.gateway.webapp;

import java.util.List;

/**
 * The addresses of the web app's screens. Each answers with the same page ({@code index.html}); the
 * app's router draws the screen. They need a signed-in session, so a browser without one is sent to
 * Keycloak and, after signing in, back to the address it asked for (e-mails link to {@code
 * /van-ban/{id}}). A new screen is added here and in {@code app/routes.js}.
 */
public final class WebAppPages {

  public static final List<String> PATTERNS =
      List.of(
          "/",
          "/van-ban-den",
          "/van-ban-di",
          "/van-ban/{id}",
          "/soan-thao",
          "/bao-cao",
          "/bao-cao/**",
          "/tong-hop",
          "/tong-hop/**",
          "/quan-tri",
          "/quan-tri/**",
          "/thong-bao",
          "/cai-dat",
          "/cai-dat/**");

  /** Public pages: signed out, sign-in failed (static files, no session needed). */
  public static final List<String> PUBLIC_PAGES = List.of("/da-dang-xuat", "/loi-dang-nhap");

  /** Files of the app itself: scripts, styles, icons, the service worker and the manifest. */
  public static final List<String> ASSETS =
      List.of(
          "/app/**",
          "/css/**",
          "/img/**",
          "/sw.js",
          "/manifest.webmanifest",
          "/favicon.ico",
          "/da-dang-xuat.html",
          "/loi-dang-nhap.html");

  private WebAppPages() {}
}
