package vn.chidao.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) on a free loopback port. Each call starts a new one: mail tests
 * count messages, so they must not share a mailbox. The caller stops it.
 */
public final class TestSmtp {

  private TestSmtp() {}

  public static GreenMail start() {
    GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    return greenMail;
  }

  public static int port(GreenMail greenMail) {
    return greenMail.getSmtp().getPort();
  }
}
