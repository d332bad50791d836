package io.github.clsante.cls.spi.facts;

import io.github.clsante.cls.calendar.ReportDue;
import io.github.clsante.cls.model.ActionSheet;
import io.github.clsante.cls.model.Amendment;
import io.github.clsante.cls.model.Axis;
import io.github.clsante.cls.model.Indicator;
import io.github.clsante.cls.model.IndicatorValue;
import io.github.clsante.cls.model.RoleKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The family of the action plan on the check date: the plan counted, each fiche, each descriptive field a fiche
 * does not state, and each fiche in each judged year of its span. A fiche added by an amendment dated after the
 * check date does not exist yet. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class FicheFacts {

  private final PlanFact plan;
  private final List<FicheFact> fiches = new ArrayList<>();
  private final List<FicheFieldFact> missingFields = new ArrayList<>();
  private final List<FicheYearFact> years = new ArrayList<>();

  FicheFacts(OnCheckDate on) {
    int mental = 0;
    for (Axis a : on.contract.actionPlan().axes()) {
      mental += a.mentalHealthComponent() && a.ptsmReference().isPresent() ? 1 : 0;
    }
    List<ActionSheet> all = on.contract.actionPlan().fiches();
    for (int i = 0; i < all.size(); i++) {
      ActionSheet f = all.get(i);
      if (on.exists(f)) {
        mental += f.mentalHealthComponent() && f.ptsmReference().isPresent() ? 1 : 0;
        fiche(on, f, "/actionPlan/fiches/" + i);
      }
    }
    plan = new PlanFact(on.contract.actionPlan().axes().size(), fiches.size(), mental);
  }

  private void fiche(OnCheckDate on, ActionSheet f, String path) {
    Amendment a = on.addedBy(f.id());
    Optional<LocalDate> deadline = a != null ? a.date() : on.contract.milestones().signature();
    // a validation dated after the check date has not happened yet
    Optional<LocalDate> validated = f.validatedOn().filter(v -> !v.isAfter(on.asOf));
    fiches.add(FicheFact.builder(f.id(), path).hasAxis(f.axisId().isPresent()).hasPilot(f.pilotId().isPresent())
        .pilotIsCoordinator(on.holds(f.pilotId().orElse(null), RoleKind.COORDINATOR))
        .indicatorCount(f.indicators().size()).validated(validated.isPresent())
        .validatedByDeadline(validated.isPresent() && deadline.map(d -> !validated.get().isAfter(d)).orElse(true))
        .amendmentId(a == null ? null : a.id()).build());
    field(f, path, "operationalObjective", f.operationalObjective().isPresent());
    field(f, path, "axisId", f.axisId().isPresent());
    field(f, path, "stakes", f.stakes().isPresent());
    field(f, path, "targetPublic", f.targetPublic().isPresent());
    field(f, path, "timeline", f.timeline().isPresent());
    field(f, path, "expectedResults", f.expectedResults().isPresent());
    field(f, path, "partnerIds", !f.partnerIds().isEmpty());
    field(f, path, "means", f.means().isPresent() || f.budget().isPresent());
    if (deadline.isPresent()) {
      years(on, f, path, on.judgedFrom(deadline.get()));
    }
  }

  /** The fiche in each judged year, with how many values its indicators give for that year. */
  private void years(OnCheckDate on, ActionSheet f, String path, List<Integer> judged) {
    if (judged.isEmpty()) {
      return;
    }
    // judged years ascend (at most 301 of them): values counted by offset from the first, in plain loops, the
    // counting once took a tenth of a warm check through boxed map merges
    int first = judged.get(0);
    int[] counts = new int[judged.get(judged.size() - 1) - first + 1];
    for (Indicator ind : f.indicators()) {
      for (IndicatorValue v : ind.values()) {
        int k = v.year() - first;
        if (k >= 0 && k < counts.length) {
          counts[k]++;
        }
      }
    }
    for (int y : judged) {
      years.add(new FicheYearFact(f.id(), path, y, f.indicators().size(), counts[y - first],
          ReportDue.overdue(y, on.asOf)));
    }
  }

  private void field(ActionSheet f, String path, String field, boolean present) {
    if (!present) {
      missingFields.add(new FicheFieldFact(f.id(), path + "/" + field, field));
    }
  }

  /** @return the plan counted */
  public PlanFact plan() {
    return plan;
  }

  /** @return one fact per fiche of the plan on the check date, in document order */
  public List<FicheFact> fiches() {
    return List.copyOf(fiches);
  }

  /** @return each descriptive field a fiche does not state, fiche by fiche */
  public List<FicheFieldFact> missingFields() {
    return List.copyOf(missingFields);
  }

  /** @return each fiche in each judged year of its span, fiche by fiche */
  public List<FicheYearFact> years() {
    return List.copyOf(years);
  }

  void addTo(List<Object> all) {
    all.add(plan);
    all.addAll(fiches);
    all.addAll(missingFields);
    all.addAll(years);
  }
}
