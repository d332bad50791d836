package io.github.clsante.cls.testkit;

import io.github.clsante.cls.model.Milestones;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The contract's milestones and its check date. Any profile: durations of 35, 36, 48, 60 and 61 months, 5 years
 * + 1 day, 3 years − 1 day, preparation periods around 6–12 months (a day over or under), milestones out of order,
 * on the same day or missing. Conforming to Normandie: every milestone, 6–12 months of preparation, 3–5 years;
 * to Occitanie: 3–24 months of preparation, the letter of intent and the engagement sometimes missing.
 */
final class Timeline {

  /** The date from which the mental-health component is required (the socle's SOC-MENTAL-HEALTH). */
  static final LocalDate MENTAL_HEALTH_LAW = LocalDate.of(2022, 2, 23);

  private Timeline() {}

  static void generate(Draft d) {
    milestones(d);
    d.asOf = AsOfChooser.choose(d.t, d.ms);
    if (d.conforming()) {
      completeTheDiagnosisByTheCheckDate(d);
    }
  }

  private static void milestones(Draft d) {
    Tape t = d.t;
    boolean anything = !d.conforming();
    LocalDate sig = LocalDate.of(t.between(2016, 2026), t.between(1, 12), t.between(1, 28));
    int prepMonths;
    if (d.normandie()) {
      prepMonths = t.oneOf(6, 12, 6 + t.below(7));
    } else if (d.occitanie()) {
      prepMonths = t.between(3, 24);
    } else {
      prepMonths = t.oneOf(6, 12, 5, 13, 3, 18, 24, 6 + t.below(7), 6 + t.below(7));
    }
    LocalDate eng = sig.minusMonths(prepMonths);
    if (anything && t.chance(20)) {
      eng = eng.minusDays(t.oneOf(1, -1, 10, -10)); // 12 months + 1 day, 6 months − 1 day…
    }
    int span = (int) ChronoUnit.DAYS.between(eng, sig);
    int a = t.chance(10) ? 0 : t.below(span / 5 + 1);
    int b = t.chance(10) ? 0 : t.below(span / 5 + 1);
    int c = span - a - b <= 0 ? 0 : t.chance(10) ? span - a - b : t.between((span - a - b) / 2, span - a - b);
    LocalDate loi = eng.plusDays(a);
    LocalDate dStart = loi.plusDays(b);
    LocalDate dDone = dStart.plusDays(Math.max(0, c));
    if (dDone.isAfter(sig)) {
      dDone = sig;
    }
    int months = anything
        ? t.oneOf(36, 60, 48, 35, 61, 36 + t.below(25), 24, 72, -1, -2)
        : t.oneOf(36, 60, 48, 36 + t.below(25));
    LocalDate e;
    if (months == -1) {
      e = sig.plusYears(5); // 5 years + 1 day, inclusive
    } else if (months == -2) {
      e = sig.plusYears(3).minusDays(2); // 3 years − 1 day
    } else {
      e = sig.plusMonths(months).minusDays(1);
    }
    LocalDate[] dates = {eng, loi, dStart, dDone, sig, e};
    boolean[] present = {true, true, true, true, true, true};
    if (anything) {
      if (t.chance(12)) { // out of order
        int i = t.below(5);
        LocalDate x = dates[i];
        dates[i] = dates[i + 1];
        dates[i + 1] = x;
      }
      if (t.chance(8)) { // same day
        int i = t.below(5);
        dates[i + 1] = dates[i];
      }
      for (int i = 0; i < 6; i++) {
        present[i] = t.chance(88);
      }
    } else if (d.occitanie()) {
      present[1] = t.chance(70); // no letter-of-intent clause in Occitanie
      present[0] = t.chance(85);
    }
    d.ms = Milestones.builder()
        .engagement(opt(present[0], dates[0]))
        .letterOfIntent(opt(present[1], dates[1]))
        .diagnosisStart(opt(present[2], dates[2]))
        .diagnosisCompletion(opt(present[3], dates[3]))
        .signature(opt(present[4], dates[4]))
        .end(opt(present[5], dates[5]))
        .build();
    d.sig = d.ms.signature().orElse(null);
    d.end = d.ms.end().orElse(null);
  }

  /**
   * A conforming contract checked while its diagnosis is under way, with its signature to come: the diagnosis is
   * completed by the check date (a completion dated later is not done yet, and SOC-DIAGNOSIS-FIRST would ask
   * for it).
   */
  private static void completeTheDiagnosisByTheCheckDate(Draft d) {
    Milestones ms = d.ms;
    LocalDate asOf = d.asOf;
    boolean underWay = ms.diagnosisStart().map(x -> !asOf.isBefore(x)).orElse(false)
        && ms.signature().map(asOf::isBefore).orElse(true);
    if (underWay && ms.diagnosisCompletion().map(asOf::isBefore).orElse(false)) {
      d.ms = Milestones.builder().mergeFrom(ms).diagnosisCompletion(asOf).build();
    }
  }

  private static Optional<LocalDate> opt(boolean present, LocalDate d) {
    return present ? Optional.of(d) : Optional.empty();
  }
}
