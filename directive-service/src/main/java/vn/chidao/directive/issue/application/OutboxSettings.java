package vn.chidao.directive.issue.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox relay behaves.
 *
 * @param relayInterval pause between two relay rounds
 * @param minAge an event younger than this is left to the request that recorded it, so the relay
 *     does not race the first publish
 * @param batchSize directives re-published per round at most
 * @param confirmTimeout how long a publish waits for the broker's confirm before it counts as
 *     failed
 */
@ConfigurationProperties("chidao.directive.outbox")
public record OutboxSettings(
    @DefaultValue("5s") Duration relayInterval,
    @DefaultValue("5s") Duration minAge,
    @DefaultValue("100") int batchSize,
    @DefaultValue("5s") Duration confirmTimeout) {}
