package vn.chidao.notification.schedule;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code chidao.schedule.*}: how often held deliveries and digests are looked at, and how long one
 * instance keeps the job before another may take it over.
 *
 * @param lease must outlast one run (at most {@code batch} digests)
 * @param batch digest recipients handled per run
 */
@ConfigurationProperties("chidao.schedule")
public record ScheduleSettings(
    @DefaultValue("30s") Duration interval,
    @DefaultValue("2m") Duration lease,
    @DefaultValue("500") int batch) {}
