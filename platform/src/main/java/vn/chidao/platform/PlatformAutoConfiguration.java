package vn.chidao.platform;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.codec.ServerCodecConfigurer;
import vn.chidao.platform.problem.ProblemAdvice;
import vn.chidao.platform.problem.ProblemErrorHandler;
import vn.chidao.platform.problem.ProblemResponder;
import vn.chidao.platform.web.RequestIds;

/** Problems and request ids for every reactive chidao service. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
public class PlatformAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  ProblemResponder problemResponder(ServerCodecConfigurer codecs) {
    return new ProblemResponder(codecs);
  }

  @Bean
  RequestIds requestIds() {
    return new RequestIds();
  }

  @Bean
  @ConditionalOnMissingBean
  ProblemAdvice problemAdvice() {
    return new ProblemAdvice();
  }

  /** Ahead of Boot's own handler (order -1), which would answer with non-problem JSON. */
  @Bean
  @Order(-2)
  ProblemErrorHandler problemErrorHandler(ProblemResponder responder) {
    return new ProblemErrorHandler(responder);
  }
}
