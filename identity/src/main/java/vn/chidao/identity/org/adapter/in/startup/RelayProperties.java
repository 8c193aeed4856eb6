package vn.chidao.identity.org.adapter.in.startup;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often the relay sends what is still owed to RabbitMQ: change sets APPLIED but not yet
 * PUBLISHED (recorded at least one period ago) and membership events left in the outbox.
 *
 * @param period {@code chidao.org.relay.period}
 */
@ConfigurationProperties("chidao.org.relay")
public record RelayProperties(@DefaultValue("1m") Duration period) {}
