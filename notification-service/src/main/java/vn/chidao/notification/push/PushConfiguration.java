package vn.chidao.notification.push;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.netty.resources.ConnectionProvider;
import vn.chidao.notification.push.adapter.out.MongoPushLog;
import vn.chidao.notification.push.adapter.out.MongoPushSubscriptions;
import vn.chidao.notification.push.adapter.out.PushHttpClients;
import vn.chidao.notification.push.adapter.out.VapidHeaders;
import vn.chidao.notification.push.adapter.out.VapidKeys;
import vn.chidao.notification.push.adapter.out.WebPushTransport;
import vn.chidao.notification.push.application.PushDispatcher;
import vn.chidao.notification.push.application.PushOutbox;
import vn.chidao.notification.push.model.SubscriptionRules;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PushSettings.class)
class PushConfiguration {

  /** Reading or creating the key pair is start-up work; waiting here is deliberate. */
  private static final Duration KEY_TIMEOUT = Duration.ofSeconds(60);

  @Bean
  VapidKeys vapidKeys(PushSettings settings, ReactiveMongoTemplate template) {
    if (settings.hasConfiguredKeys()) {
      return VapidKeys.fromConfiguration(settings.vapidPublicKey(), settings.vapidPrivateKey());
    }
    return VapidKeys.loadOrCreate(template).block(KEY_TIMEOUT);
  }

  @Bean
  SubscriptionRules subscriptionRules(PushSettings settings) {
    return new SubscriptionRules(settings.allowLocalEndpoints());
  }

  @Bean
  MongoPushSubscriptions pushSubscriptions(ReactiveMongoTemplate template) {
    return new MongoPushSubscriptions(template);
  }

  @Bean
  MongoPushLog pushLog(ReactiveMongoTemplate template) {
    return new MongoPushLog(template);
  }

  @Bean(destroyMethod = "dispose")
  Scheduler pushCryptoScheduler(PushSettings settings) {
    return Schedulers.newParallel("push-crypto", settings.cryptoThreads());
  }

  /** Kept-alive connections to push services, as many per push service as pushes in flight. */
  @Bean(destroyMethod = "dispose")
  ConnectionProvider pushConnections(PushSettings settings) {
    return PushHttpClients.pool(settings.inFlight());
  }

  @Bean
  WebPushTransport pushTransport(
      VapidKeys keys,
      PushSettings settings,
      Scheduler pushCryptoScheduler,
      ConnectionProvider pushConnections,
      Clock clock) {
    VapidHeaders vapid =
        new VapidHeaders(
            keys.pair(),
            settings.subject(),
            settings.vapidLifetime(),
            settings.vapidRefreshBefore(),
            clock);
    return new WebPushTransport(
        PushHttpClients.client(pushConnections, settings.connectTimeout()),
        vapid,
        pushCryptoScheduler,
        settings.requestTimeout(),
        clock);
  }

  @Bean
  PushDispatcher pushDispatcher(
      MongoPushLog log,
      WebPushTransport transport,
      MongoPushSubscriptions subscriptions,
      PushSettings settings,
      Clock clock) {
    return new PushDispatcher(
        log,
        transport,
        subscriptions,
        settings.retrySchedule(),
        settings.dispatchSettings(),
        clock);
  }

  @Bean
  PushOutbox pushOutbox(
      MongoPushSubscriptions subscriptions,
      MongoPushLog log,
      PushDispatcher dispatcher,
      Clock clock) {
    return new PushOutbox(subscriptions, log, dispatcher, clock);
  }

  /** Dispatching starts with the application and stops before the Mongo client closes. */
  @Bean
  SmartLifecycle pushDispatcherLifecycle(PushDispatcher dispatcher) {
    return new SmartLifecycle() {
      @Override
      public void start() {
        dispatcher.start();
      }

      @Override
      public void stop() {
        dispatcher.stop();
      }

      @Override
      public boolean isRunning() {
        return dispatcher.isRunning();
      }
    };
  }
}
