package io.github.clsante.cls.testkit;

import io.github.clsante.cls.model.Milestones;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Chooses a check date relative to a contract's milestones so that every phase, the last 12 months before
 * the end, the 1 January–30 June window in which last year's reports are not yet due, and the exact phase
 * boundaries are all hit often.
 */
final class AsOfChooser {

  private AsOfChooser() {}

  private static int days(LocalDate a, LocalDate b) {
    return (int) ChronoUnit.DAYS.between(a, b);
  }

  static LocalDate choose(Tape t, Milestones m) {
    LocalDate anchor = m.signature().or(m::diagnosisStart).or(m::end).or(m::engagement)
        .orElse(LocalDate.of(t.between(2018, 2026), 6, 1));
    LocalDate ds = m.diagnosisStart().orElse(null);
    LocalDate sig = m.signature().orElse(null);
    LocalDate end = m.end().orElse(null);
    switch (t.below(8)) {
      case 0: // PRELIMINARY
        if (ds != null) {
          return ds.minusDays(t.between(1, 200));
        }
        return anchor.minusDays(t.between(1, 400));
      case 1: // DIAGNOSIS_AND_PLANNING
        if (ds != null && sig != null && ds.isBefore(sig)) {
          return ds.plusDays(t.below(days(ds, sig)));
        }
        if (ds != null) {
          return ds.plusDays(t.between(0, 300));
        }
        return anchor.plusDays(t.between(-100, 100));
      case 2: // IMPLEMENTATION_AND_EVALUATION
        if (sig != null) {
          LocalDate last = end != null && end.isAfter(sig) ? end : sig.plusYears(4);
          return sig.plusDays(t.between(0, days(sig, last)));
        }
        return anchor.plusDays(t.between(0, 900));
      case 3: // the last 12 months before the end
        if (end != null) {
          LocalDate from = end.minusYears(1);
          return from.plusDays(t.between(1, days(from, end)));
        }
        return anchor.plusYears(3);
      case 4: // ENDED
        if (end != null) {
          return end.plusDays(t.oneOf(1, t.between(1, 800)));
        }
        return anchor.plusYears(6);
      case 5: { // 1 January – 30 June: last year's reports not yet due
        int from = sig != null ? sig.getYear() + 1 : anchor.getYear();
        int to = end != null ? Math.max(from, end.getYear()) : from + 4;
        int y = t.between(from, to);
        return LocalDate.of(y, 1, 1).plusDays(t.between(0, 180));
      }
      case 6: { // exact boundaries
        LocalDate b = t.oneOf(sig, end, end == null ? null : end.plusDays(1), ds, sig == null ? null
            : sig.minusDays(1), LocalDate.of(anchor.getYear() + t.between(0, 3), 12, 31),
            LocalDate.of(anchor.getYear() + t.between(1, 4), 1, 1),
            LocalDate.of(anchor.getYear() + t.between(1, 4), 6, 30),
            LocalDate.of(anchor.getYear() + t.between(1, 4), 7, 1));
        return b != null ? b : anchor;
      }
      default: // anywhere
        return anchor.plusDays(t.between(-500, 2500));
    }
  }
}
