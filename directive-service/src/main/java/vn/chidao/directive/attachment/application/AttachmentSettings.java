package vn.chidao.directive.attachment.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of attachments.
 *
 * @param maxSize largest file accepted; a bigger one is refused with 413 while it streams
 * @param maxPerDirective files one directive may carry at most
 * @param abandonAfter an upload still pending after this long was cut short (the instance died);
 *     the janitor removes its bytes and record
 * @param sweepInterval how often the janitor looks
 */
@ConfigurationProperties("chidao.directive.attachments")
public record AttachmentSettings(
    @DefaultValue("20MB") DataSize maxSize,
    @DefaultValue("50") int maxPerDirective,
    @DefaultValue("1h") Duration abandonAfter,
    @DefaultValue("10m") Duration sweepInterval) {}
