package vn.chidao.directive.delivery.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How deliveries are cut and run.
 *
 * @param batchSize units per delivery batch (one bulk write, one {@code DirectiveDelivered})
 * @param concurrency batches written and published at the same time
 * @param counterLevels levels below the issuer that keep running receipt totals
 * @param relayInterval how often unfinished jobs are looked for
 * @param minAge a job younger than this is left to the instance that started it
 */
@ConfigurationProperties("chidao.directive.delivery")
public record DeliverySettings(
    @DefaultValue("1000") int batchSize,
    @DefaultValue("4") int concurrency,
    @DefaultValue("2") int counterLevels,
    @DefaultValue("5s") Duration relayInterval,
    @DefaultValue("30s") Duration minAge) {}
