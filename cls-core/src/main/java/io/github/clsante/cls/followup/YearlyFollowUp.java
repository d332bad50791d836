package io.github.clsante.cls.followup;

import io.github.clsante.cls.calendar.CheckDate;
import io.github.clsante.cls.calendar.JudgedYears;
import io.github.clsante.cls.calendar.YearInProgress;
import io.github.clsante.cls.model.AnnualReport;
import io.github.clsante.cls.model.GovernanceBody;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.Meeting;
import io.github.clsante.cls.model.Milestones;
import io.github.clsante.cls.model.Programming;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The yearly follow-up of a contract on a check date: what the views of a contract's life need — meetings per
 * body kind and year, reports per year, programming per year — and how the référentiel's convention treats each
 * year. One {@link FollowUpYear} per calendar year from the first year of a span (the diagnosis start for the
 * meetings, the signature for the reports and the programming) to the last year it reaches: the end date's year,
 * or the check date's when that is earlier or there is no end date.
 *
 * <pre>{@code
 * YearlyFollowUp followUp = YearlyFollowUp.of(contract, LocalDate.of(2026, 12, 2));
 * for (FollowUpYear y : followUp.years()) {
 *   y.year();              // 2022, 2023, …, 2026
 *   y.meetingsStatus();    // PARTIAL for 2022, JUDGED for 2023 to 2025, IN_PROGRESS for 2026
 *   y.copilMeetings();     // held that year (so far, in 2026)
 * }
 * }</pre>
 *
 * <p>It holds no threshold of any référentiel: which count a clause judges, and against which number, is the
 * clause's ({@link io.github.clsante.cls.referentiel.Clause#measure()},
 * {@link io.github.clsante.cls.referentiel.Clause#parameters()}). The work is linear in the size of the document
 * and in its years (at most the 301 years a date of the model may lie in). Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class YearlyFollowUp {

  private final LocalDate asOf;
  private final List<FollowUpYear> years;

  private YearlyFollowUp(LocalDate asOf, List<FollowUpYear> years) {
    this.asOf = asOf;
    this.years = List.copyOf(years);
  }

  /**
   * @param contract the contract
   * @param asOf the check date, from {@link CheckDate#EARLIEST} to {@link CheckDate#LATEST}
   * @return its follow-up on that date; no year when the contract has neither a diagnosis start nor a signature
   *     date, or when the check date is before both
   * @throws NullPointerException naming the parameter when one is null
   * @throws IllegalArgumentException when {@code asOf} lies outside the years of the model
   */
  public static YearlyFollowUp of(LocalHealthContract contract, LocalDate asOf) {
    Objects.requireNonNull(contract, "contract");
    CheckDate.require(asOf);
    Milestones m = contract.milestones();
    Span meetings = new Span(m.diagnosisStart(), m.end(), asOf);
    Span reports = new Span(m.signature(), m.end(), asOf);
    int first = Math.min(meetings.first, reports.first);
    int last = Math.max(meetings.last, reports.last);
    if (first > last) {
      return new YearlyFollowUp(asOf, List.of());
    }
    Map<String, GovernanceBody> bodies = new HashMap<>();
    contract.governance().bodies().forEach(b -> bodies.put(b.id(), b));
    int n = last - first + 1;
    int[] copil = new int[n];
    int[] cotech = new int[n];
    for (GovernanceBody b : contract.governance().bodies()) {
      for (Meeting mt : b.meetings()) {
        int i = mt.date().getYear() - first;
        // a meeting on the check date has been held; one dated later has not happened yet
        if (i >= 0 && i < n && !mt.date().isAfter(asOf)) {
          copil[i] += b.kind().countsAsCopil() ? 1 : 0;
          cotech[i] += b.kind().countsAsCotech() ? 1 : 0;
        }
      }
    }
    int[] activity = count(contract.followUp().activityReports(), first, n, asOf);
    int[] financial = count(contract.followUp().financialReports(), first, n, asOf);
    boolean[] programmed = new boolean[n];
    for (Programming p : contract.followUp().programmings()) {
      boolean valid = !p.commitments().isEmpty() && p.validation()
          .filter(v -> !v.date().isAfter(asOf)) // a decision dated after the check date is not taken yet
          .map(v -> bodies.get(v.bodyId())).map(b -> b.kind().countsAsCopil()).orElse(false);
      if (valid) {
        for (int i = 0; i < n; i++) {
          programmed[i] |= p.covers(first + i);
        }
      }
    }
    List<FollowUpYear> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int y = first + i;
      out.add(FollowUpYear.builder(y).meetingsStatus(meetings.status(y)).reportsStatus(reports.status(y))
          .meetings(copil[i], cotech[i]).reports(activity[i], financial[i]).programmed(programmed[i]).build());
    }
    return new YearlyFollowUp(asOf, out);
  }

  private static int[] count(List<AnnualReport> reports, int first, int n, LocalDate asOf) {
    int[] out = new int[n];
    for (AnnualReport r : reports) {
      int i = r.year() - first;
      // a report issued after the check date has not been issued yet; an undated one counts as it stands
      if (i >= 0 && i < n && r.issuedOn().map(d -> !d.isAfter(asOf)).orElse(true)) {
        out[i]++;
      }
    }
    return out;
  }

  /** @return the check date */
  public LocalDate asOf() {
    return asOf;
  }

  /** @return the years, ascending and consecutive; empty when no span has started by the check date */
  public List<FollowUpYear> years() {
    return years;
  }

  /**
   * @param year a calendar year
   * @return that year's follow-up, when it is one of {@link #years()}
   */
  public Optional<FollowUpYear> year(int year) {
    return years.isEmpty() || year < years.get(0).year() || year > years.get(years.size() - 1).year()
        ? Optional.empty() : Optional.of(years.get(year - years.get(0).year()));
  }

  /**
   * @param span a span
   * @return the years that span judges, ascending (as {@link JudgedYears} gives them)
   * @throws NullPointerException when {@code span} is null
   */
  public List<FollowUpYear> judged(FollowUpSpan span) {
    Objects.requireNonNull(span, "span");
    return years.stream().filter(y -> y.status(span) == YearStatus.JUDGED).toList();
  }

  /**
   * @param span a span
   * @return the year in progress of that span (as {@link YearInProgress} gives it), if the check date's year will
   *     be judged once over
   * @throws NullPointerException when {@code span} is null
   */
  public Optional<FollowUpYear> inProgress(FollowUpSpan span) {
    Objects.requireNonNull(span, "span");
    return years.stream().filter(y -> y.status(span) == YearStatus.IN_PROGRESS).findFirst();
  }

  @Override
  public String toString() {
    return "YearlyFollowUp[" + asOf + ", " + years.size() + " years]";
  }

  /** A span's years and how the convention treats each. */
  private static final class Span {
    final int first;
    final int last;
    // JudgedYears gives consecutive years: the first and last judged, first > last when none
    final int firstJudged;
    final int lastJudged;
    final OptionalInt inProgress;

    Span(Optional<LocalDate> start, Optional<LocalDate> end, LocalDate asOf) {
      if (start.isEmpty()) {
        first = Integer.MAX_VALUE;
        last = Integer.MIN_VALUE;
        firstJudged = 0;
        lastJudged = -1;
        inProgress = OptionalInt.empty();
        return;
      }
      first = start.get().getYear();
      last = Math.min(end.map(LocalDate::getYear).orElse(asOf.getYear()), asOf.getYear());
      List<Integer> judged = JudgedYears.of(start.get(), end, asOf);
      firstJudged = judged.isEmpty() ? 0 : judged.get(0);
      lastJudged = judged.isEmpty() ? -1 : judged.get(judged.size() - 1);
      inProgress = YearInProgress.of(start.get(), end, asOf);
    }

    YearStatus status(int year) {
      if (year < first || year > last) {
        return YearStatus.OUTSIDE;
      }
      if (year >= firstJudged && year <= lastJudged) {
        return YearStatus.JUDGED;
      }
      if (inProgress.isPresent() && inProgress.getAsInt() == year) {
        return YearStatus.IN_PROGRESS;
      }
      return YearStatus.PARTIAL;
    }
  }
}
