package vn.chidao.reporting.attachment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.chidao.attachments.AllowedTypes;
import vn.chidao.attachments.AttachmentType;
import vn.chidao.attachments.TikaTypeSniffer;
import vn.chidao.attachments.TypeSniffer;

/** Which files a report may carry, and how their type is told (Apache Tika, from the bytes). */
@Configuration(proxyBeanMethods = false)
class ReportFileTypes {

  /** Documents and pictures as directive-service's, plus XLSX for tables of figures. */
  static final AllowedTypes ALLOWED =
      AllowedTypes.of(
          AttachmentType.PDF,
          AttachmentType.DOCX,
          AttachmentType.XLSX,
          AttachmentType.PNG,
          AttachmentType.JPEG);

  @Bean
  TypeSniffer typeSniffer() {
    return new TikaTypeSniffer();
  }
}
