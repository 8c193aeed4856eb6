package vn.chidao.notification.mail;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import vn.chidao.notification.mail.adapter.out.MongoDeliveryLog;
import vn.chidao.notification.mail.adapter.out.SmtpMailTransport;
import vn.chidao.notification.mail.application.MailDispatcher;
import vn.chidao.notification.mail.application.MailOutbox;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class MailConfiguration {

  /** Tasks waiting for an SMTP thread; the dispatcher never has more than a pass in flight. */
  private static final int QUEUED_SENDS = 1_000;

  @Bean(destroyMethod = "dispose")
  Scheduler smtpScheduler(MailSettings settings) {
    return Schedulers.newBoundedElastic(settings.connections(), QUEUED_SENDS, "smtp");
  }

  @Bean
  MongoDeliveryLog deliveryLog(ReactiveMongoTemplate template) {
    return new MongoDeliveryLog(template);
  }

  /** Boot's sender carries the session and server settings; connections are kept per thread. */
  @Bean(destroyMethod = "close")
  SmtpMailTransport mailTransport(
      JavaMailSenderImpl sender, MailSettings settings, Scheduler smtpScheduler) {
    return new SmtpMailTransport(sender, settings.from(), smtpScheduler);
  }

  @Bean
  MailDispatcher mailDispatcher(
      MongoDeliveryLog log, SmtpMailTransport transport, MailSettings settings, Clock clock) {
    return new MailDispatcher(
        log, transport, settings.retrySchedule(), settings.dispatchSettings(), clock);
  }

  @Bean
  MailOutbox mailOutbox(MongoDeliveryLog log, MailDispatcher dispatcher, Clock clock) {
    return new MailOutbox(log, dispatcher, clock);
  }

  /** Dispatching starts with the application and stops before the Mongo client closes. */
  @Bean
  SmartLifecycle mailDispatcherLifecycle(MailDispatcher dispatcher) {
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
