package vn.chidao.identity.orgimport.adapter.in.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the import endpoint.
 *
 * @param maxSize the largest file accepted ({@code chidao.org.import.max-size}); a national file of
 *     255,000 units is about 20 MB of CSV
 */
@ConfigurationProperties("chidao.org.import")
public record ImportProperties(@DefaultValue("32MB") DataSize maxSize) {}
