package io.github.clsante.cls.testkit;

import io.github.clsante.cls.model.BodyKind;
import io.github.clsante.cls.model.DateRange;
import io.github.clsante.cls.model.GovernanceBody;
import io.github.clsante.cls.model.Meeting;
import io.github.clsante.cls.model.Membership;
import io.github.clsante.cls.model.Person;
import io.github.clsante.cls.model.Signatory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The governance: the bodies (COPIL, COTECH, working groups, a merged COPIL+COTECH; sometimes none), their
 * chair, facilitator and dated members, and 0–4 meetings a year with or without minutes (past meetings have
 * minutes or not, future ones are planned). Conforming to Normandie: a COPIL chaired by the élu référent with a
 * member of every signatory and the préfet's delegate, a COTECH facilitated by a coordinator, 1–2 COPIL and 2–3
 * COTECH meetings every year from the diagnosis start, with minutes; to Occitanie: a COPIL and a COTECH with a
 * member of every signatory.
 */
final class GovernanceGen {

  private final Draft d;
  private final Tape t;
  private final boolean anything;

  private GovernanceGen(Draft d) {
    this.d = d;
    this.t = d.t;
    this.anything = !d.conforming();
  }

  /** @return the bodies; the first that counts as a COPIL is recorded as {@link Draft#copilId} */
  static List<GovernanceBody> generate(Draft d) {
    return new GovernanceGen(d).bodies();
  }

  private List<GovernanceBody> bodies() {
    List<GovernanceBody> bodies = new ArrayList<>();
    List<BodyKind> kinds = new ArrayList<>();
    if (anything) {
      int n = t.oneOf(0, 1, 2, 2, 2, 3, 4);
      if (n >= 2 && t.chance(70)) {
        kinds.add(d.merged ? BodyKind.MERGED_COPIL_COTECH : BodyKind.COPIL);
        kinds.add(d.merged ? BodyKind.WORKING_GROUP : BodyKind.COTECH);
        n -= 2;
      }
      for (int i = 0; i < n; i++) {
        kinds.add(t.oneOf(BodyKind.values()));
      }
    } else if (d.merged) {
      kinds.add(BodyKind.MERGED_COPIL_COTECH);
    } else {
      kinds.add(BodyKind.COPIL);
      kinds.add(BodyKind.COTECH);
    }
    if (!anything && t.chance(30)) {
      kinds.add(BodyKind.WORKING_GROUP);
    }
    LocalDate story = d.startOfStory();
    for (int i = 0; i < kinds.size(); i++) {
      BodyKind k = kinds.get(i);
      String id = switch (k) {
        case COPIL -> "copil";
        case COTECH -> "cotech";
        case WORKING_GROUP -> "gt";
        case MERGED_COPIL_COTECH -> "copil-cotech";
      } + "-" + (i + 1);
      if (k.countsAsCopil() && d.copilId == null) {
        d.copilId = id;
      }
      bodies.add(body(id, k, story));
    }
    return bodies;
  }

  private GovernanceBody body(String id, BodyKind k, LocalDate story) {
    var b = GovernanceBody.builder().id(id).kind(k).name(switch (k) {
      case COPIL -> "Comité de pilotage";
      case COTECH -> "Comité technique";
      case WORKING_GROUP -> "Groupe de travail santé mentale";
      case MERGED_COPIL_COTECH -> "Comité de pilotage et technique";
    });
    // chair and facilitator
    if (k.countsAsCopil() && d.need(d.normandie(), 80)) {
      b.chairId(d.eluReferentId);
    } else if (t.chance(60)) {
      b.chairId(t.oneOf(d.people).id());
    }
    if (k.countsAsCotech() && !d.coordinators.isEmpty() && d.need(d.normandie(), 80)) {
      b.facilitatorId(t.oneOf(d.coordinators));
    } else if (t.chance(50)) {
      b.facilitatorId(t.oneOf(d.people).id());
    }
    Set<String> members = members(k);
    for (String m : members) {
      b.addMembers(Membership.builder().personId(m).period(d.since(story.minusMonths(2))).build());
    }
    if (t.chance(anything ? 40 : 20)) {
      // somebody who left before the check date
      String former = t.oneOf(d.people).id();
      LocalDate until = d.asOf.minusDays(t.between(1, 500));
      b.addMembers(Membership.builder().personId(former).period(DateRange.builder().until(until).build()).build());
    }
    return b.addAllMeetings(meetings(id, k, members)).build();
  }

  private Set<String> members(BodyKind k) {
    Set<String> members = new LinkedHashSet<>();
    boolean strict = !anything;
    if (k.countsAsCopil()) {
      if (d.need(strict, 80)) {
        members.add(d.eluReferentId);
      }
      String prefectDelegate = d.prefectDelegateId;
      if (prefectDelegate != null && d.need(strict, 75)) {
        members.add(prefectDelegate);
      }
      if (d.need(strict, 75)) {
        d.people.stream().filter(p -> p.organisationId().equals(Optional.of(d.arsId))).findFirst()
            .ifPresent(p -> members.add(p.id()));
      }
      addSignatoryMembers(members, d.need(d.normandie(), 60));
    }
    if (k.countsAsCotech()) {
      if (!d.coordinators.isEmpty() && d.need(strict, 80)) {
        members.add(d.coordinators.get(0));
      }
      addSignatoryMembers(members, d.need(d.occitanie(), 60));
    }
    if (k == BodyKind.WORKING_GROUP) {
      for (Person p : d.people) {
        if (t.chance(30)) {
          members.add(p.id());
        }
      }
    }
    return members;
  }

  private List<Meeting> meetings(String id, BodyKind k, Set<String> members) {
    List<Meeting> meetings = new ArrayList<>();
    LocalDate asOf = d.asOf;
    int first = d.firstYear();
    int last = d.lastYear();
    if (!anything && d.ms.diagnosisStart().isPresent()) {
      first = d.ms.diagnosisStart().get().getYear();
    }
    int n = 0;
    for (int y = first; y <= last; y++) {
      int count;
      if (anything) {
        count = t.oneOf(0, 1, 1, 2, 2, 3, 4);
      } else if (k == BodyKind.WORKING_GROUP) {
        count = t.between(0, 2);
      } else if (k.countsAsCotech()) { // NOR-COTECH-ANNUAL, NOR-COTECH-IDEAL
        count = d.normandie() ? t.between(2, 3) : t.between(0, 4);
      } else { // NOR-COPIL-ANNUAL
        count = d.normandie() ? t.between(1, 2) : t.between(0, 2);
      }
      Set<LocalDate> dates = new TreeSet<>();
      for (int j = 0; j < count; j++) {
        int doy = t.between(1, 365);
        while (!dates.add(LocalDate.ofYearDay(y, doy))) {
          doy = doy % 365 + 1;
        }
      }
      for (LocalDate date : dates) {
        boolean past = date.isBefore(asOf);
        boolean minutes = past ? d.need(d.normandie(), anything ? 70 : 85) : anything && t.chance(10);
        meetings.add(Meeting.builder().id(id + "-r" + (++n)).date(date)
            .minutesRef(minutes ? Optional.of("CR-" + id + "-" + date) : Optional.empty())
            .attendeeIds(members.stream().limit(t.between(0, 3)).toList())
            .build());
      }
    }
    return meetings;
  }

  private void addSignatoryMembers(Set<String> members, boolean all) {
    for (Signatory s : d.signatories) {
      if (!all && !t.chance(60)) {
        continue;
      }
      String orgId = s.organisationId();
      boolean covered = d.people.stream().anyMatch(
          p -> members.contains(p.id()) && p.organisationId().equals(Optional.of(orgId)));
      if (covered) {
        continue;
      }
      d.people.stream().filter(p -> p.organisationId().equals(Optional.of(orgId)))
          .findFirst().ifPresent(p -> members.add(p.id()));
    }
  }
}
