package vn.chidao.directive.numbering.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.chidao.directive.numbering.model.Congress;
import vn.chidao.directive.numbering.model.Congresses;
import vn.chidao.directive.numbering.model.Term;
import vn.chidao.directive.numbering.model.TermCalendar;

/**
 * Numbering configuration ({@code chidao.directive.numbering}).
 *
 * @param zone where issue dates are counted: a year or term ends at midnight in Vietnam
 * @param centralTenant the tenant of the centre's bodies, whose term follows the national congress
 * @param centralTerm the centre's term when an issuer has none configured
 * @param localTerm every other Party body's term when it has none configured
 * @param terms terms per issuer unit id, for bodies whose congress closed on other days
 * @param congresses congresses per issuer unit id (preparatory session to closing), during which
 *     documents of the congress itself are numbered in the congress's own sequence
 */
@ConfigurationProperties("chidao.directive.numbering")
public record NumberingSettings(
    @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone,
    @DefaultValue("trung-uong") String centralTenant,
    TermSetting centralTerm,
    TermSetting localTerm,
    Map<String, List<TermSetting>> terms,
    Map<String, List<CongressSetting>> congresses) {

  public NumberingSettings {
    terms = terms == null ? Map.of() : Map.copyOf(terms);
    congresses = congresses == null ? Map.of() : Map.copyOf(congresses);
  }

  /** One congress as configured; {@code abbr} defaults to {@code ĐH}. */
  public record CongressSetting(String label, LocalDate from, LocalDate to, String abbr) {}

  public Congresses congressCalendar() {
    return new Congresses(
        congresses.entrySet().stream()
            .collect(
                Collectors.toMap(
                    Map.Entry::getKey,
                    entry ->
                        entry.getValue().stream()
                            .map(c -> new Congress(c.label(), c.from(), c.to(), c.abbr()))
                            .toList())));
  }

  /** One term as configured; {@code label} defaults to "from-year-to-year". */
  public record TermSetting(String label, LocalDate from, LocalDate to) {
    Term toTerm() {
      return new Term(label, from, to);
    }
  }

  public TermCalendar calendar() {
    Map<String, List<Term>> byIssuer =
        terms.entrySet().stream()
            .collect(
                Collectors.toMap(
                    Map.Entry::getKey,
                    entry -> entry.getValue().stream().map(TermSetting::toTerm).toList()));
    return new TermCalendar(
        byIssuer,
        centralTerm == null ? null : centralTerm.toTerm(),
        localTerm == null ? null : localTerm.toTerm());
  }
}
