package vn.chidao.platform.security;

import io.netty.channel.ChannelOption;
import java.time.Duration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.netty.http.client.HttpClient;
import reactor.util.retry.Retry;

/**
 * The JWT decoder with bounds on fetching Keycloak's keys. Boot's default JWKS client waits
 * forever, so one stalled fetch would hold every request that needs the keys; here a fetch gives up
 * after a few seconds and is tried once more on a fresh connection, then the request fails as 401.
 */
final class JwksDecoder {

  private static final Duration CONNECT = Duration.ofSeconds(3);
  private static final Duration RESPONSE = Duration.ofSeconds(5);

  private JwksDecoder() {}

  static ReactiveJwtDecoder create(String jwkSetUri, String issuer) {
    return create(jwkSetUri, issuer, RESPONSE);
  }

  static ReactiveJwtDecoder create(String jwkSetUri, String issuer, Duration responseTimeout) {
    HttpClient http =
        HttpClient.create()
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) CONNECT.toMillis())
            .responseTimeout(responseTimeout);
    WebClient web =
        WebClient.builder()
            .clientConnector(new ReactorClientHttpConnector(http))
            .filter(
                (request, next) ->
                    next.exchange(request)
                        .retryWhen(
                            Retry.max(1).filter(WebClientRequestException.class::isInstance)))
            .build();
    NimbusReactiveJwtDecoder decoder =
        NimbusReactiveJwtDecoder.withJwkSetUri(jwkSetUri).webClient(web).build();
    decoder.setJwtValidator(
        issuer == null || issuer.isBlank()
            ? JwtValidators.createDefault()
            : JwtValidators.createDefaultWithIssuer(issuer));
    return decoder;
  }
}
