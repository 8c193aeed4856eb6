package vn.chidao.reporting.attachment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxSize largest file accepted (413 above it)
 * @param maxPerReport files one report may carry at a time (409 above it)
 */
@ConfigurationProperties("chidao.reporting.attachments")
public record AttachmentSettings(
    @DefaultValue("20MB") DataSize maxSize, @DefaultValue("20") int maxPerReport) {}
