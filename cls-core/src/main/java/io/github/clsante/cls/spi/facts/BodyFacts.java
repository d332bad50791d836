package io.github.clsante.cls.spi.facts;

import io.github.clsante.cls.model.GovernanceBody;
import io.github.clsante.cls.model.Meeting;
import io.github.clsante.cls.model.OrganisationKind;
import io.github.clsante.cls.model.RoleKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The family of the governance bodies and their meetings: the bodies counted, each body with its composition on
 * the check date, and each meeting. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class BodyFacts {

  private final GovernanceFact governance;
  private final List<BodyFact> bodies = new ArrayList<>();
  private final List<MeetingFact> meetings = new ArrayList<>();

  BodyFacts(OnCheckDate on) {
    boolean copilSeen = false;
    boolean cotechSeen = false;
    int copils = 0;
    int cotechs = 0;
    List<GovernanceBody> all = on.contract.governance().bodies();
    for (int i = 0; i < all.size(); i++) {
      GovernanceBody b = all.get(i);
      BodyFact body = body(on, b, i).firstCopil(b.kind().countsAsCopil() && !copilSeen)
          .firstCotech(b.kind().countsAsCotech() && !cotechSeen).build();
      bodies.add(body);
      copilSeen |= b.kind().countsAsCopil();
      cotechSeen |= b.kind().countsAsCotech();
      copils += b.kind().countsAsCopil() ? 1 : 0;
      cotechs += b.kind().countsAsCotech() ? 1 : 0;
      for (int j = 0; j < b.meetings().size(); j++) {
        Meeting mt = b.meetings().get(j);
        meetings.add(new MeetingFact(mt.id(), body.path() + "/meetings/" + j, body, mt.date().isBefore(on.asOf),
            mt.minutesRef().isPresent()));
      }
    }
    governance = new GovernanceFact(copils, cotechs);
  }

  /** A body's composition on the check date, from its members, chair and facilitator. */
  private static BodyFact.Builder body(OnCheckDate on, GovernanceBody b, int index) {
    Set<String> memberOrgs = new LinkedHashSet<>();
    boolean referent = false;
    boolean signatoryColl = false;
    boolean ars = false;
    boolean prefect = false;
    for (String pid : on.membersOn(index)) {
      String org = on.person(pid).organisationId().orElse(null);
      if (org != null) {
        memberOrgs.add(org);
      }
      OrganisationKind k = on.kind(org);
      referent |= on.holds(pid, RoleKind.ELU_REFERENT);
      signatoryColl |= on.isSignatoryCollectivite(org);
      ars |= k == OrganisationKind.ARS;
      prefect |= k == OrganisationKind.PREFECTURE || on.holds(pid, RoleKind.PREFECT_DELEGATE);
    }
    return BodyFact.builder(b.id(), "/governance/bodies/" + index, b.kind())
        .chairIsEluReferent(on.holds(b.chairId().orElse(null), RoleKind.ELU_REFERENT))
        .facilitatorIsCoordinator(on.holds(b.facilitatorId().orElse(null), RoleKind.COORDINATOR))
        .memberOrganisationIds(memberOrgs).eluReferentMember(referent).signatoryCollectiviteMember(signatoryColl)
        .arsMember(ars).prefectRepresented(prefect);
  }

  /** @return the bodies counted */
  public GovernanceFact governance() {
    return governance;
  }

  /** @return one fact per body, in document order */
  public List<BodyFact> bodies() {
    return List.copyOf(bodies);
  }

  /** @return one fact per meeting, body by body in document order */
  public List<MeetingFact> meetings() {
    return List.copyOf(meetings);
  }

  void addTo(List<Object> all) {
    all.add(governance);
    all.addAll(bodies);
    all.addAll(meetings);
  }
}
