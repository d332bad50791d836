package io.github.clsante.cls.testkit;

import io.github.clsante.cls.model.ActionPlan;
import io.github.clsante.cls.model.ActionSheet;
import io.github.clsante.cls.model.ActionStatus;
import io.github.clsante.cls.model.Amendment;
import io.github.clsante.cls.model.AmendmentSignature;
import io.github.clsante.cls.model.Axis;
import io.github.clsante.cls.model.AxisApproach;
import io.github.clsante.cls.model.Diagnosis;
import io.github.clsante.cls.model.DiagnosisElement;
import io.github.clsante.cls.model.HealthTheme;
import io.github.clsante.cls.model.Indicator;
import io.github.clsante.cls.model.IndicatorValue;
import io.github.clsante.cls.model.PolicyFramework;
import io.github.clsante.cls.model.Portrait;
import io.github.clsante.cls.model.Signatory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The plan: the diagnosis (themes, elements, portraits, frameworks), the axes, the fiches (their fields, pilot,
 * indicators and values, validation) and the amendments that add fiches. A conforming profile gives the four
 * socle themes, complete fiches validated before the signature, a mental-health axis with its PTSM from
 * 2022-02-23; Normandie adds every diagnosis element, a pilot who is not a coordinator, an indicator valued every
 * past year and amendments signed by all; Occitanie the three portraits and the PRS.
 */
final class PlanGen {

  private final Draft d;
  private final Tape t;
  private final boolean anything;

  private PlanGen(Draft d) {
    this.d = d;
    this.t = d.t;
    this.anything = !d.conforming();
  }

  static Diagnosis diagnosis(Draft d) {
    return new PlanGen(d).diagnosis();
  }

  /** @return the action plan; its amendments go to {@link Draft#amendments} */
  static ActionPlan actionPlan(Draft d) {
    return new PlanGen(d).actionPlan();
  }

  private <E extends Enum<E>> Set<E> subset(Class<E> type, Set<E> required) {
    E[] all = type.getEnumConstants();
    Set<E> out = EnumSet.noneOf(type);
    out.addAll(required);
    int shape = t.below(4); // full, empty, random, random
    for (E e : all) {
      if (shape == 0 || shape >= 2 && t.chance(60)) {
        out.add(e);
      }
    }
    return out;
  }

  private Diagnosis diagnosis() {
    Set<HealthTheme> themes = anything ? subset(HealthTheme.class, Set.of())
        : subset(HealthTheme.class, Set.of(HealthTheme.HEALTH_PROMOTION, HealthTheme.PREVENTION,
            HealthTheme.CARE_POLICY, HealthTheme.MEDICO_SOCIAL_SUPPORT));
    Set<DiagnosisElement> elements = d.normandie() ? EnumSet.allOf(DiagnosisElement.class)
        : subset(DiagnosisElement.class, Set.of());
    Set<Portrait> portraits = d.occitanie() ? EnumSet.allOf(Portrait.class) : subset(Portrait.class, Set.of());
    Set<PolicyFramework> frameworks = d.occitanie() ? subset(PolicyFramework.class, Set.of(PolicyFramework.PRS))
        : subset(PolicyFramework.class, Set.of());
    return Diagnosis.builder()
        .documentRef(t.chance(70) ? Optional.of("diagnostic-local-sante.pdf") : Optional.empty())
        .themes(themes).elements(elements).portraits(portraits).frameworks(frameworks)
        .build();
  }

  private ActionPlan actionPlan() {
    LocalDate sig = d.sig;
    LocalDate end = d.end;
    LocalDate asOf = d.asOf;
    List<Axis> axes = new ArrayList<>();
    int nAxes = anything ? t.between(0, 4) : t.between(1, 4);
    boolean mentalRequired = !anything && (sig == null || !sig.isBefore(Timeline.MENTAL_HEALTH_LAW));
    int mentalAxis = mentalRequired || t.chance(50) ? t.below(Math.max(1, nAxes)) : -1;
    for (int i = 0; i < nAxes; i++) {
      boolean mental = i == mentalAxis;
      boolean ptsm = mental && d.need(!anything, 70);
      axes.add(Axis.builder().id("axe-" + (i + 1)).title(mental ? "Santé mentale" : "Axe " + (i + 1))
          .approach(t.oneOf(AxisApproach.values()))
          .mentalHealthComponent(mental || anything && t.chance(10))
          .ptsmReference(ptsm || anything && t.chance(10) ? Optional.of("PTSM du département") : Optional.empty())
          .build());
    }
    List<ActionSheet> fiches = new ArrayList<>();
    int nFiches = anything ? t.oneOf(0, 1, 2, 3, 4, 5, 8) : t.between(1, 6);
    List<String> pilots = new ArrayList<>(d.technicians);
    pilots.add(d.eluReferentId);
    for (int i = 0; i < nFiches; i++) {
      fiches.add(fiche("fa-" + (i + 1), axes, pilots, sig, null));
    }
    // amendments, possibly adding fiches
    if (sig != null && asOf.isAfter(sig.plusDays(30))) {
      LocalDate last = end == null || asOf.isBefore(end) ? asOf : end;
      int nAm = t.oneOf(0, 0, 1, 2);
      for (int i = 0; i < nAm; i++) {
        LocalDate date = sig.plusDays(t.between(1, (int) Math.max(1, ChronoUnit.DAYS.between(sig, last))));
        if (date.isAfter(last)) {
          date = last;
        }
        String aid = "avenant-" + (i + 1);
        List<String> added = new ArrayList<>();
        if (t.chance(60) && fiches.size() < 8) {
          String fid = "fa-av-" + (i + 1);
          fiches.add(fiche(fid, axes, pilots, date, aid));
          added.add(fid);
        }
        List<AmendmentSignature> sigs = new ArrayList<>();
        for (Signatory s : d.signatories) {
          if (d.need(d.normandie(), 75)) { // NOR-AMENDMENT-SIGNED
            sigs.add(AmendmentSignature.builder().organisationId(s.organisationId())
                .signedOn(t.chance(80) ? Optional.of(date) : Optional.empty()).build());
          }
        }
        d.amendments.add(Amendment.builder().id(aid).date(anything && t.chance(10) ? Optional.empty()
            : Optional.of(date)).subject("Avenant n°" + (i + 1)).signatures(sigs).addedFicheIds(added).build());
      }
    }
    return ActionPlan.builder().axes(axes).fiches(fiches).build();
  }

  private ActionSheet fiche(String id, List<Axis> axes, List<String> pilots, @Nullable LocalDate deadline,
      @Nullable String amendment) {
    LocalDate asOf = d.asOf;
    LocalDate end = d.end;
    boolean strict = !anything; // SOC-ACTION-FIELDS
    var b = ActionSheet.builder().id(id).title("Fiche action " + id);
    int pct = 85;
    if (d.need(strict, pct)) {
      b.operationalObjective("Objectif opérationnel de " + id);
    }
    if (!axes.isEmpty() && d.need(strict, pct)) {
      b.axisId(t.oneOf(axes).id());
    }
    if (d.need(strict, pct)) {
      b.stakes("Enjeux");
    }
    if (d.need(strict, pct)) {
      b.targetPublic(t.oneOf("Jeunes de 12 à 25 ans", "Personnes âgées", "Habitants des QPV"));
    }
    if (d.need(strict, pct)) {
      b.timeline("2023-2026");
    }
    if (d.need(strict, pct)) {
      b.expectedResults("Résultats attendus");
    }
    if (d.need(strict, pct)) {
      b.addPartnerIds(t.oneOf(d.orgs).id());
    }
    boolean means = d.need(strict, pct);
    if (means) {
      boolean inWords = t.chance(70);
      if (inWords) {
        b.means("Temps de coordination");
      }
      if (t.chance(50) || !inWords) {
        b.budget(BigDecimal.valueOf(t.between(0, 50) * 1000L));
      }
    }
    if (d.need(d.normandie(), 85)) { // NOR-ACTION-PILOT, NOR-PILOT-NOT-COORDINATOR
      boolean coordinatorPilot = !d.coordinators.isEmpty() && !d.normandie() && t.chance(anything ? 25 : 15);
      b.pilotId(coordinatorPilot ? t.oneOf(d.coordinators) : t.oneOf(pilots));
    }
    if (t.chance(30)) {
      b.addCoPilotIds(t.oneOf(d.people).id());
    }
    int nInd = d.normandie() ? t.between(1, 2) : t.between(0, 2);
    LocalDate spanStart = deadline;
    int lastValueYear = Math.min(end == null ? asOf.getYear() : end.getYear(), asOf.getYear() - 1);
    for (int j = 0; j < nInd; j++) {
      var ind = Indicator.builder().id(id + "-ind-" + (j + 1)).name("Indicateur " + (j + 1))
          .target(t.chance(60) ? Optional.of("60 par an") : Optional.empty());
      if (spanStart != null) {
        for (int y = spanStart.getYear(); y <= lastValueYear; y++) {
          if (d.need(d.normandie() && j == 0, 70)) { // NOR-INDICATOR-FOLLOW-UP
            ind.addValues(IndicatorValue.builder().year(y).value(String.valueOf(t.between(0, 120))).build());
          }
        }
      } else if (t.chance(30)) {
        ind.addValues(IndicatorValue.builder().year(asOf.getYear() - 1).value("12").build());
      }
      b.addIndicators(ind.build());
    }
    // validation
    if (deadline != null && d.need(d.normandie(), 75)) { // NOR-FICHES-VALIDATED
      LocalDate earliest = amendment == null ? d.ms.diagnosisCompletion().filter(x -> !x.isAfter(deadline))
          .orElse(deadline.minusMonths(2)) : deadline.minusMonths(1);
      int days = (int) Math.max(0, ChronoUnit.DAYS.between(earliest, deadline));
      LocalDate v = earliest.plusDays(t.chance(20) ? days : t.between(0, days));
      if (anything && t.chance(25)) {
        v = deadline.plusDays(t.between(1, 90)); // after the signature
      }
      if (!anything && v.isAfter(asOf) && !asOf.isBefore(earliest)) {
        v = asOf; // conforming: validated by the check date (a later validation date is not a validation yet)
      }
      b.validatedOn(v);
    } else if (deadline == null && t.chance(40)) {
      b.validatedOn(asOf.minusDays(t.between(0, 100)));
    }
    b.status(t.oneOf(ActionStatus.values()));
    b.preExisting(t.chance(20));
    if (anything && t.chance(15)) {
      b.mentalHealthComponent(true);
      if (t.chance(50)) {
        b.ptsmReference("PTSM");
      }
    }
    return b.build();
  }
}
