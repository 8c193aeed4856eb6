package vn.chidao.directive.numbering.application;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.chidao.directive.numbering.model.Congresses;
import vn.chidao.directive.numbering.model.DocumentNumber;
import vn.chidao.directive.numbering.model.Issuer;
import vn.chidao.directive.numbering.model.Numbering;
import vn.chidao.directive.numbering.model.PlaceAndDate;
import vn.chidao.directive.numbering.model.Regime;
import vn.chidao.directive.numbering.model.SequenceKey;
import vn.chidao.directive.numbering.model.Symbols;
import vn.chidao.directive.numbering.model.TermCalendar;
import vn.chidao.platform.problem.ProblemException;

/**
 * Gives a document being issued its number, symbol and place-and-date line. Called only when
 * issuing, never for drafts, so a number is never held by a document that was not sent. The counter
 * is atomic; every number is also recorded under a unique key, so even a counter that misbehaved
 * could not hand one number to two documents: the loser of such a race takes the next number.
 */
@Service
public class AllocatingNumbers {

  /** Each attempt only fails when another document holds the number; more means a broken store. */
  private static final int ATTEMPTS = 5;

  private final NumberRegister register;
  private final NumberingSettings settings;
  private final TermCalendar terms;
  private final Congresses congresses;

  public AllocatingNumbers(NumberRegister register, NumberingSettings settings) {
    this.register = register;
    this.settings = settings;
    this.terms = settings.calendar();
    this.congresses = settings.congressCalendar();
  }

  /** Whether {@code tenant} is the centre's, whose bodies follow the national congress's term. */
  public boolean isCentral(String tenant) {
    return settings.centralTenant().equals(tenant);
  }

  /**
   * The next number of the issuer's own sequence for this document (Party: type × term; State:
   * year, secret documents apart).
   */
  public Mono<DocumentNumber> allocate(
      Issuer issuer,
      String docType,
      boolean secret,
      String place,
      Instant issuedAt,
      String directiveId) {
    if (!issuer.hasAbbr()) {
      return Mono.error(
          conflict(
              "issuer-abbr-missing",
              "Đơn vị của bạn chưa có chữ viết tắt trong danh bạ tổ chức; chưa thể cấp số, ký"
                  + " hiệu văn bản."));
    }
    LocalDate issuedOn = issuedOn(issuedAt);
    Stamp stamp = new Stamp(issuer.regime(), issuer.abbr(), docType, place, issuedOn);
    return Numbering.sequenceFor(issuer, docType, secret, issuedOn, terms)
        .map(sequence -> claim(stamp, sequence, directiveId, ATTEMPTS))
        .orElseGet(
            () ->
                Mono.error(
                    conflict(
                        "term-not-configured",
                        "Chưa cấu hình nhiệm kỳ của đơn vị "
                            + issuer.unitId()
                            + " cho ngày "
                            + issuedOn
                            + "; chưa thể cấp số văn bản.")));
  }

  /**
   * Registers a document that already carries {@code number} (issued on paper, or imported from its
   * text) in the issuer's sequence for it. The number is recorded under the same unique key as
   * allocated ones, so a number already held — allocated or registered — is refused ({@code
   * duplicate-symbol}) and a later allocation skips it.
   */
  public Mono<DocumentNumber> claimGiven(
      Issuer issuer,
      String docType,
      boolean secret,
      String place,
      Instant issuedAt,
      String directiveId,
      int number) {
    if (!issuer.hasAbbr()) {
      return Mono.error(
          conflict(
              "issuer-abbr-missing",
              "Đơn vị của bạn chưa có chữ viết tắt trong danh bạ tổ chức; chưa thể cấp số, ký"
                  + " hiệu văn bản."));
    }
    LocalDate issuedOn = issuedOn(issuedAt);
    return Numbering.sequenceFor(issuer, docType, secret, issuedOn, terms)
        .map(
            sequence -> {
              String symbol = Symbols.format(issuer.regime(), number, docType, issuer.abbr());
              return register
                  .record(sequence, number, symbol, directiveId)
                  .flatMap(
                      recorded ->
                          recorded
                              ? Mono.just(
                                  new DocumentNumber(
                                      sequence,
                                      number,
                                      symbol,
                                      PlaceAndDate.format(issuer.regime(), place, issuedOn)))
                              : Mono.<DocumentNumber>error(
                                  new ProblemException(
                                      HttpStatus.CONFLICT,
                                      "duplicate-symbol",
                                      "Trùng số, ký hiệu văn bản",
                                      "Số, ký hiệu "
                                          + symbol
                                          + " đã được dùng cho một văn bản khác của đơn vị trong"
                                          + " cùng sổ đăng ký; văn bản không được lưu.")));
            })
        .orElseGet(
            () ->
                Mono.error(
                    conflict(
                        "term-not-configured",
                        "Chưa cấu hình nhiệm kỳ của đơn vị "
                            + issuer.unitId()
                            + " cho ngày "
                            + issuedOn
                            + "; chưa thể cấp số văn bản.")));
  }

  /**
   * The next number of the sequence of the issuer's congress in session: every document the
   * congress issues, whatever its type, shares it; the symbol ends with the congress's abbreviation
   * ("01-NQ/ĐH").
   */
  public Mono<DocumentNumber> allocateForCongress(
      Issuer issuer, String docType, String place, Instant issuedAt, String directiveId) {
    LocalDate issuedOn = issuedOn(issuedAt);
    return congresses
        .inSession(issuer.unitId(), issuedOn)
        .filter(congress -> issuer.regime() == Regime.PARTY)
        .map(
            congress ->
                claim(
                    new Stamp(Regime.PARTY, congress.abbr(), docType, place, issuedOn),
                    congress.sequence(issuer.unitId()),
                    directiveId,
                    ATTEMPTS))
        .orElseGet(
            () ->
                Mono.error(
                    conflict(
                        "congress-not-in-session",
                        "Không có đại hội nào của đơn vị "
                            + issuer.unitId()
                            + " được cấu hình diễn ra vào ngày "
                            + issuedOn
                            + "; chưa thể cấp số văn bản của đại hội.")));
  }

  private LocalDate issuedOn(Instant issuedAt) {
    return issuedAt.atZone(settings.zone()).toLocalDate();
  }

  /** What the symbol and the date line of the document are made of. */
  private record Stamp(
      Regime regime, String abbr, String docType, String place, LocalDate issuedOn) {}

  private Mono<DocumentNumber> claim(
      Stamp stamp, SequenceKey sequence, String directiveId, int attemptsLeft) {
    return register
        .next(sequence)
        .flatMap(
            number -> {
              String symbol = Symbols.format(stamp.regime(), number, stamp.docType(), stamp.abbr());
              return register
                  .record(sequence, number, symbol, directiveId)
                  .flatMap(
                      recorded -> {
                        if (recorded) {
                          String line =
                              PlaceAndDate.format(stamp.regime(), stamp.place(), stamp.issuedOn());
                          return Mono.just(new DocumentNumber(sequence, number, symbol, line));
                        }
                        if (attemptsLeft > 1) {
                          return claim(stamp, sequence, directiveId, attemptsLeft - 1);
                        }
                        return Mono.error(
                            new IllegalStateException(
                                "sequence " + sequence + " keeps handing out taken numbers"));
                      });
            });
  }

  private static ProblemException conflict(String slug, String detail) {
    return new ProblemException(HttpStatus.CONFLICT, slug, "Chưa thể cấp số văn bản", detail);
  }
}
