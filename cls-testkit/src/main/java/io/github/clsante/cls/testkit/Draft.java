package io.github.clsante.cls.testkit;

import io.github.clsante.cls.model.Amendment;
import io.github.clsante.cls.model.DateRange;
import io.github.clsante.cls.model.Milestones;
import io.github.clsante.cls.model.Organisation;
import io.github.clsante.cls.model.Person;
import io.github.clsante.cls.model.Signatory;
import io.github.clsante.cls.model.Territory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One contract being generated from a {@link Tape} under a {@link ContractProfile}: the decisions' source, what
 * the profile asks to satisfy, and what the aggregates generated so far that later ones refer to (the
 * milestones and check date, the organisations, people and ids the governance, the plan and the follow-up name).
 * Each aggregate ({@link Timeline}, {@link TerritoryAndParties}, {@link GovernanceGen}, {@link PlanGen},
 * {@link FollowUpGen}) writes its part here in that order. Confined to one generation, never shared.
 */
final class Draft {

  final Tape t;
  /** The référentiel whose clauses every decision that serves one must satisfy; null: any value. */
  private final @Nullable String pack;

  // the timeline
  Milestones ms = Milestones.none();
  LocalDate asOf = LocalDate.EPOCH;
  @Nullable LocalDate sig;
  @Nullable LocalDate end;

  // the territory and the parties
  @Nullable Territory territory;
  /** Whether the COPIL and the COTECH are one merged body (drawn with the territory, which allows it). */
  boolean merged;
  final List<Organisation> orgs = new ArrayList<>();
  final Map<String, Organisation> orgById = new LinkedHashMap<>();
  final List<Person> people = new ArrayList<>();
  final List<Signatory> signatories = new ArrayList<>();
  final List<String> coordinators = new ArrayList<>();
  final List<String> technicians = new ArrayList<>();
  String collId = "";
  String arsId = "";
  String eluReferentId = "";
  @Nullable String prefectDelegateId;
  int serial;

  // the governance, read by the plan and the follow-up
  @Nullable String copilId;

  // the plan's amendments
  final List<Amendment> amendments = new ArrayList<>();

  Draft(Tape t, @Nullable String pack) {
    this.t = t;
    this.pack = pack;
  }

  /** @return whether the contract must satisfy the socle and a regional pack on its check date */
  boolean conforming() {
    return pack != null;
  }

  /** @return whether it must satisfy the Normandie pack */
  boolean normandie() {
    return "normandie".equals(pack);
  }

  /** @return whether it must satisfy the Occitanie pack */
  boolean occitanie() {
    return "occitanie".equals(pack);
  }

  /** A decision: forced true when the clause it serves must be satisfied, else true with pct %. */
  boolean need(boolean judged, int pct) {
    return judged || t.chance(pct);
  }

  Territory territory() {
    if (territory == null) {
      throw new IllegalStateException("the territory is generated before the parties");
    }
    return territory;
  }

  /** First milestone dated, or a date near the check date. */
  LocalDate startOfStory() {
    return ms.engagement().or(ms::letterOfIntent).or(ms::diagnosisStart).or(ms::diagnosisCompletion)
        .or(ms::signature).orElse(asOf.minusYears(1));
  }

  /** First year activity may happen in (meetings). */
  int firstYear() {
    return ms.diagnosisStart().or(ms::signature).map(LocalDate::getYear).orElse(asOf.getYear() - 2);
  }

  /** Last year activity may be planned in. */
  int lastYear() {
    int last = ms.end().map(LocalDate::getYear).orElse(asOf.getYear() + 1);
    return Math.min(last, firstYear() + 7);
  }

  /** Always (40 %) or since the date. */
  DateRange since(LocalDate from) {
    return t.chance(40) ? DateRange.always() : DateRange.since(from);
  }

  List<String> signatoryCollectivites() {
    return signatories.stream().map(Signatory::organisationId)
        .filter(id -> orgById.get(id).kind().isCollectivite()).toList();
  }
}
