package io.github.clsante.cls.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A period of validity, both ends inclusive and both optional: a membership from the day a person joins
 * a body to the day they leave it, a role held, a funding granted. An empty range holds at every date.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ClsStyle
public interface DateRange {

  /** @return the first day the fact holds; empty if it has held since before anything the document records */
  Optional<LocalDate> from();

  /** @return the last day the fact holds; empty if it still holds */
  Optional<LocalDate> until();

  /**
   * Whether the fact holds on {@code date}.
   *
   * @param date the day asked about
   * @return true when {@code from <= date <= until}, missing ends being open
   */
  default boolean contains(LocalDate date) {
    // plain tests, not Optional.map: every check asks this for every role and membership
    Optional<LocalDate> f = from();
    if (f.isPresent() && date.isBefore(f.get())) {
      return false;
    }
    Optional<LocalDate> u = until();
    return u.isEmpty() || !date.isAfter(u.get());
  }

  /** @return a range that holds at every date */
  static DateRange always() {
    return ImmutableDateRange.builder().build();
  }

  /**
   * @param from first day (inclusive)
   * @return a range open at its end
   */
  static DateRange since(LocalDate from) {
    return ImmutableDateRange.builder().from(from).build();
  }

  /**
   * @param from first day (inclusive)
   * @param until last day (inclusive)
   * @return a closed range
   */
  static DateRange of(LocalDate from, LocalDate until) {
    return ImmutableDateRange.builder().from(from).until(until).build();
  }

  /** @return a new builder */
  static ImmutableDateRange.Builder builder() {
    return ImmutableDateRange.builder();
  }
}
