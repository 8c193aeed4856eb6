package vn.chidao.directive.attachment.adapter.out.tika;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.chidao.attachments.TikaTypeSniffer;
import vn.chidao.attachments.TypeSniffer;

/** The type of an upload comes from Apache Tika's reading of its first bytes. */
@Configuration(proxyBeanMethods = false)
class TikaSniffing {

  @Bean
  TypeSniffer typeSniffer() {
    return new TikaTypeSniffer();
  }
}
