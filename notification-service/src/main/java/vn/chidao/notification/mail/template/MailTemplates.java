package vn.chidao.notification.mail.template;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the mail templates under {@code classpath:mail/}: {@code <name>.html} in HTML mode (every
 * value escaped), {@code <name>.txt} in text mode. Plain Thymeleaf, no Spring: usable in a unit
 * test as it is in the service.
 */
public final class MailTemplates {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  private final TemplateEngine engine = new TemplateEngine();

  public MailTemplates() {
    engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
    engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
  }

  /** Both bodies of template {@code name}; one value map serves both. */
  public Rendered render(String name, Map<String, Object> variables) {
    Context context = new Context(VIETNAMESE, variables);
    return new Rendered(
        engine.process(name + ".txt", context), engine.process(name + ".html", context));
  }

  public record Rendered(String text, String html) {}

  private static ClassLoaderTemplateResolver resolver(
      TemplateMode mode, String pattern, int order) {
    ClassLoaderTemplateResolver resolver =
        new ClassLoaderTemplateResolver(MailTemplates.class.getClassLoader());
    resolver.setPrefix("mail/");
    resolver.setTemplateMode(mode);
    resolver.setResolvablePatterns(Set.of(pattern));
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resolver.setCacheable(true);
    resolver.setCheckExistence(true);
    resolver.setOrder(order);
    return resolver;
  }
}
