package vn.chidao.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;

class NioTransportTest {

  private final String before = System.getProperty(NioTransport.PROPERTY);

  @AfterEach
  void restore() {
    if (before == null) {
      System.clearProperty(NioTransport.PROPERTY);
    } else {
      System.setProperty(NioTransport.PROPERTY, before);
    }
  }

  @Test
  void reactor_netty_is_kept_off_io_uring_unless_someone_chose_otherwise() {
    System.clearProperty(NioTransport.PROPERTY);
    new NioTransport().postProcessEnvironment(new StandardEnvironment(), null);
    assertThat(System.getProperty(NioTransport.PROPERTY)).isEqualTo("false");

    System.setProperty(NioTransport.PROPERTY, "true");
    new NioTransport().postProcessEnvironment(new StandardEnvironment(), null);
    assertThat(System.getProperty(NioTransport.PROPERTY)).isEqualTo("true");
  }
}
