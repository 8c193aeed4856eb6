package vn.chidao.directive.numbering.model;

import java.util.Objects;

/**
 * The number a document was given, with its symbol and place-and-date line.
 *
 * @param sequence the sequence it was drawn from; (sequence, number) is unique
 */
public record DocumentNumber(SequenceKey sequence, int number, String symbol, String placeAndDate) {

  public DocumentNumber {
    Objects.requireNonNull(sequence, "sequence");
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(placeAndDate, "placeAndDate");
  }
}
