package io.github.clsante.cls.calendar;

import io.github.clsante.cls.model.Milestones;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Derives phases from milestones, following the conventions of the référentiel: {@code PRELIMINARY} until the
 * diagnosis start; {@code DIAGNOSIS_AND_PLANNING} from the diagnosis start to the day before signature;
 * {@code IMPLEMENTATION_AND_EVALUATION} from signature to the end date inclusive; {@code ENDED} after it. A
 * missing milestone leaves its phase out. The engagement and the letter of intent are not boundaries.
 * Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class Phases {

  private Phases() {}

  /**
   * @param m the milestones
   * @param date the day asked about
   * @return the phase on that day
   */
  public static Phase at(Milestones m, LocalDate date) {
    for (PhaseInterval i : timeline(m)) {
      if (i.contains(date)) {
        return i.phase();
      }
    }
    throw new IllegalStateException("phases do not cover " + date); // unreachable: the timeline covers all time
  }

  /**
   * The phases a contract goes through, in order, as half-open intervals covering all time without gap or
   * overlap. Milestones out of order (a diagnosis start after the signature) are read so that the timeline
   * stays ordered: a boundary earlier than the previous one closes the phase before it opens.
   *
   * @param m the milestones
   * @return the intervals, in order, the first open at its start and the last open at its end
   */
  public static List<PhaseInterval> timeline(Milestones m) {
    List<PhaseInterval> out = new ArrayList<>();
    Phase current = Phase.PRELIMINARY;
    Optional<LocalDate> from = Optional.empty();
    Optional<LocalDate> endExclusive = m.end().map(e -> e.plusDays(1));
    Object[][] boundaries = {
        {Phase.DIAGNOSIS_AND_PLANNING, m.diagnosisStart()},
        {Phase.IMPLEMENTATION_AND_EVALUATION, m.signature()},
        {Phase.ENDED, endExclusive},
    };
    for (Object[] b : boundaries) {
      @SuppressWarnings("unchecked")
      Optional<LocalDate> at = (Optional<LocalDate>) b[1];
      if (at.isEmpty()) {
        continue;
      }
      LocalDate start = at.get();
      if (from.isPresent() && start.isBefore(from.get())) {
        start = from.get(); // out-of-order milestone: the previous phase gets no days
      }
      if (from.isEmpty() || start.isAfter(from.get())) {
        out.add(new PhaseInterval(current, from, Optional.of(start)));
      }
      current = (Phase) b[0];
      from = Optional.of(start);
    }
    out.add(new PhaseInterval(current, from, Optional.empty()));
    return List.copyOf(out);
  }
}
