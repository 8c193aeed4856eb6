package vn.chidao.reporting.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param relayInterval pause between relay rounds
 * @param minAge entries younger than this are left to whoever stored them (they publish at once)
 * @param batchSize entries per relay round
 * @param confirmTimeout how long a publish waits for the broker's confirm
 */
@ConfigurationProperties("chidao.reporting.outbox")
public record OutboxSettings(
    @DefaultValue("3s") Duration relayInterval,
    @DefaultValue("3s") Duration minAge,
    @DefaultValue("500") int batchSize,
    @DefaultValue("5s") Duration confirmTimeout) {}
