package vn.chidao.reporting.obligation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dueSoonAhead how long before the due instant a unit is reminded
 */
@ConfigurationProperties("chidao.reporting.deadlines")
public record DeadlineSettings(@DefaultValue("3d") Duration dueSoonAhead) {}
