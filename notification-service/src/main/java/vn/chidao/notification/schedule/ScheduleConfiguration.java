package vn.chidao.notification.schedule;

import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.notification.mail.application.MailDispatcher;
import vn.chidao.notification.mail.application.QueueMails;
import vn.chidao.notification.mail.template.MailTemplates;
import vn.chidao.notification.push.application.PushDispatcher;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScheduleSettings.class)
class ScheduleConfiguration {

  private static final Logger log = LoggerFactory.getLogger(ScheduleConfiguration.class);

  @Bean
  ScheduledDeliveries scheduledDeliveries(
      ReactiveMongoTemplate template,
      QueueMails mail,
      MailTemplates templates,
      MailDispatcher mailDispatcher,
      PushDispatcher pushDispatcher,
      ScheduleSettings settings,
      Clock clock,
      @Value("${chidao.public-url}") String publicUrl) {
    return new ScheduledDeliveries(
        template,
        new MongoLease(template, "instance-" + UUID.randomUUID()),
        mail,
        new DigestMail(templates, publicUrl),
        () -> {
          mailDispatcher.wake();
          pushDispatcher.wake();
        },
        settings,
        clock);
  }

  /**
   * One run per interval, never two at once in this instance; a failed run is retried next time.
   */
  @Bean
  SmartLifecycle scheduledDeliveriesLifecycle(ScheduledDeliveries job, ScheduleSettings settings) {
    return new SmartLifecycle() {
      private Disposable loop;

      @Override
      public synchronized void start() {
        loop =
            Flux.interval(settings.interval(), settings.interval())
                .onBackpressureDrop()
                .concatMap(
                    tick ->
                        job.runOnce()
                            .onErrorResume(
                                e -> {
                                  log.warn("Scheduled deliveries run failed; next one retries", e);
                                  return Mono.empty();
                                }),
                    1)
                .subscribe();
      }

      @Override
      public synchronized void stop() {
        if (loop != null) {
          loop.dispose();
          loop = null;
        }
      }

      @Override
      public synchronized boolean isRunning() {
        return loop != null;
      }
    };
  }
}
