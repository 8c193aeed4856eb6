package vn.chidao.platform.mongo;

import com.mongodb.MongoClientSettings;
import com.mongodb.connection.TransportSettings;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Keeps the reactive MongoDB driver on its own asynchronous transport (JDK asynchronous sockets and
 * pooled NIO buffers). Boot puts it on Netty whenever Netty is on the classpath — always, with
 * WebFlux — and the driver then encodes every BSON byte through Netty's reference-counted,
 * byte-swapping buffer wrappers: in {@code ./chidao bench fanout}, encoding the delivery rows cost
 * about five times the CPU it costs on the driver's own buffers, on one thread. Boot's Netty
 * customizer runs first (highest precedence); this one runs last and replaces its transport. The
 * other {@code spring.mongodb.*} settings are untouched.
 */
@AutoConfiguration(before = MongoReactiveAutoConfiguration.class)
@ConditionalOnClass({MongoClientSettings.class, MongoReactiveAutoConfiguration.class})
public class MongoTransportAutoConfiguration {

  @Bean
  @Order(Ordered.LOWEST_PRECEDENCE)
  MongoClientSettingsBuilderCustomizer driverOwnTransport() {
    return settings -> settings.transportSettings(TransportSettings.asyncBuilder().build());
  }
}
