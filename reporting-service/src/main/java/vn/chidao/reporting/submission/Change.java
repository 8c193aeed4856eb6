package vn.chidao.reporting.submission;

import java.util.List;
import org.springframework.data.mongodb.core.query.Update;
import vn.chidao.reporting.obligation.model.ObligationState;

/**
 * What a use case decided to change on an obligation: the fields, the state after it (for the
 * totals' delta) and the events to publish.
 *
 * @param events built once the change's revision is known (event ids depend on it)
 */
record Change(
    Update update,
    ObligationState after,
    Boolean lateAfter,
    java.util.Map<String, java.math.BigDecimal> figuresAfter,
    List<Object> events) {}
