package vn.chidao.identity.org.adapter.in.startup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether the service publishes its whole directory when it starts.
 *
 * @param onStart {@code auto} (default): only when it never completed one, or when this start
 *     changed the directory outside change sets (demo seed, first history); {@code always}: every
 *     start, for an operator who wiped a consumer's read copy or purged its queue
 */
@ConfigurationProperties("chidao.org.publication")
public record PublicationProperties(@DefaultValue("auto") OnStart onStart) {

  /** See {@link PublicationProperties#onStart()}. */
  public enum OnStart {
    AUTO,
    ALWAYS
  }
}
