package vn.chidao.notification.alert;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.chidao.notification.alert.adapter.out.JsonAlertPush;
import vn.chidao.notification.alert.adapter.out.ThymeleafAlertMail;
import vn.chidao.notification.alert.application.Alerting;
import vn.chidao.notification.alert.application.FindAlertedPeople;
import vn.chidao.notification.alert.application.FindPreferences;
import vn.chidao.notification.inbox.RecordNotifications;
import vn.chidao.notification.mail.application.QueueMails;
import vn.chidao.notification.mail.template.MailTemplates;
import vn.chidao.notification.preference.model.DeliveryPlanner;
import vn.chidao.notification.push.application.QueuePushes;

@Configuration(proxyBeanMethods = false)
class AlertConfiguration {

  @Bean
  MailTemplates mailTemplates() {
    return new MailTemplates();
  }

  @Bean
  ThymeleafAlertMail alertMail(
      MailTemplates templates, @Value("${chidao.public-url}") String publicUrl) {
    return new ThymeleafAlertMail(templates, publicUrl);
  }

  @Bean
  JsonAlertPush alertPush(@Value("${chidao.public-url}") String publicUrl) {
    return new JsonAlertPush(publicUrl);
  }

  @Bean
  Alerting alerting(
      FindAlertedPeople people,
      FindPreferences preferences,
      RecordNotifications inbox,
      QueueMails mail,
      ThymeleafAlertMail composer,
      QueuePushes push,
      JsonAlertPush pushComposer,
      Clock clock) {
    return new Alerting(
        people,
        preferences,
        new DeliveryPlanner(),
        inbox,
        mail,
        composer,
        push,
        pushComposer,
        clock);
  }
}
