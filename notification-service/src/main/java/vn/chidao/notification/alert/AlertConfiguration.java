package vn.chidao.notification.alert;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.chidao.notification.alert.adapter.out.JsonDirectivePush;
import vn.chidao.notification.alert.adapter.out.ThymeleafDirectiveMail;
import vn.chidao.notification.alert.application.AlertingOnDirectiveIssued;
import vn.chidao.notification.alert.application.FindAlertedPeople;
import vn.chidao.notification.alert.model.DirectiveRecipientsPolicy;
import vn.chidao.notification.inbox.RecordNotifications;
import vn.chidao.notification.mail.application.QueueMails;
import vn.chidao.notification.mail.template.MailTemplates;
import vn.chidao.notification.push.application.QueuePushes;

@Configuration(proxyBeanMethods = false)
class AlertConfiguration {

  @Bean
  MailTemplates mailTemplates() {
    return new MailTemplates();
  }

  @Bean
  ThymeleafDirectiveMail directiveMail(
      MailTemplates templates, @Value("${chidao.public-url}") String publicUrl) {
    return new ThymeleafDirectiveMail(templates, publicUrl);
  }

  @Bean
  JsonDirectivePush directivePush(@Value("${chidao.public-url}") String publicUrl) {
    return new JsonDirectivePush(publicUrl);
  }

  @Bean
  AlertingOnDirectiveIssued alertingOnDirectiveIssued(
      FindAlertedPeople people,
      RecordNotifications inbox,
      QueueMails mail,
      ThymeleafDirectiveMail composer,
      QueuePushes push,
      JsonDirectivePush pushComposer,
      Clock clock) {
    return new AlertingOnDirectiveIssued(
        new DirectiveRecipientsPolicy(), people, inbox, mail, composer, push, pushComposer, clock);
  }
}
