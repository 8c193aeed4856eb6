package vn.chidao.identity.org.adapter.in.startup;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * What the service does with its directory when it starts.
 *
 * @param seed load the demo directory ({@code chidao.demo.seed}, default true until the real
 *     directory import exists; set {@code CHIDAO_DEMO_SEED=false} in production)
 * @param directory the demo directory file
 * @param historySince the date from which seeded units without history are taken to exist
 */
@ConfigurationProperties("chidao.demo")
public record DirectoryStartupProperties(
    @DefaultValue("true") boolean seed,
    @DefaultValue("classpath:demo/directory.json") Resource directory,
    @DefaultValue("2025-07-01") LocalDate historySince) {}
