package vn.chidao.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import vn.chidao.testsupport.LocalJwtIssuer;
import vn.chidao.testsupport.TokenSpec;

class JwksDecoderTest {

  private static final TokenSpec CLERK =
      TokenSpec.of("tinhuy.vanthu", "dong-nai", "/tw/dong-nai/", "dong-nai", "issuer");

  @Test
  void a_token_is_decoded_with_the_issuers_keys() {
    LocalJwtIssuer issuer = LocalJwtIssuer.shared();

    StepVerifier.create(
            JwksDecoder.create(issuer.jwkSetUri(), issuer.issuer()).decode(issuer.token(CLERK)))
        .assertNext(jwt -> assertThat(jwt.getClaimAsString("unit_id")).isEqualTo("dong-nai"))
        .verifyComplete();
  }

  @Test
  void a_key_server_that_never_answers_fails_the_token_instead_of_holding_it() throws Exception {
    List<Socket> held = new ArrayList<>();
    try (ServerSocket silent = new ServerSocket(0)) {
      Thread acceptor = new Thread(() -> hold(silent, held), "silent-jwks");
      acceptor.setDaemon(true);
      acceptor.start();
      String uri = "http://127.0.0.1:" + silent.getLocalPort() + "/certs";

      StepVerifier.create(
              JwksDecoder.create(uri, null, Duration.ofMillis(300))
                  .decode(LocalJwtIssuer.shared().token(CLERK)))
          .expectError()
          .verify(Duration.ofSeconds(10));
      acceptor.interrupt();
    }
    assertThat(held).as("tried once more on a fresh connection").hasSizeGreaterThanOrEqualTo(2);
  }

  /** Accepts connections and never answers, like a stalled keep-alive connection. */
  private static void hold(ServerSocket server, List<Socket> held) {
    try {
      while (true) {
        Socket socket = server.accept();
        synchronized (held) {
          held.add(socket);
        }
      }
    } catch (IOException closed) {
      // the test is over
    }
  }
}
