package io.github.clsante.cls.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.model.ActionPlan;
import io.github.clsante.cls.model.ActionSheet;
import io.github.clsante.cls.model.Amendment;
import io.github.clsante.cls.model.BodyKind;
import io.github.clsante.cls.model.DateRange;
import io.github.clsante.cls.model.Governance;
import io.github.clsante.cls.model.GovernanceBody;
import io.github.clsante.cls.model.Indicator;
import io.github.clsante.cls.model.IndicatorValue;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.Meeting;
import io.github.clsante.cls.model.Membership;
import io.github.clsante.cls.model.Milestones;
import io.github.clsante.cls.model.Organisation;
import io.github.clsante.cls.model.OrganisationKind;
import io.github.clsante.cls.model.Person;
import io.github.clsante.cls.model.Role;
import io.github.clsante.cls.model.RoleKind;
import io.github.clsante.cls.model.Signatory;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.spi.facts.FactSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Issue #17: what a document can make the library do. Documents built to multiply work — many COPIL and COTECH
 * bodies × many signatories, many fiches × many judged years, many amendments × signatories, many people × roles
 * × memberships — derive facts and give findings within the bounds stated in {@code docs/embedding.md} (« What a
 * document can make the library do »), linear in the document's elements and, for what the référentiel judges
 * per year, in its elements × judged years. The property bounds the work by what a check derives and reports,
 * never by time.
 */
class LinearWorkProperties {

  /** The sizes of a document, as the bounds count them. */
  record Sizes(int fiches, int bodies, int signatories, int meetings, int people, int amendments, int evaluations,
      int years) {

    /**
     * @param c a contract
     * @param asOf the check date
     * @return its sizes; years are the calendar years from the earliest diagnosis start, signature or amendment
     *     date to the check date
     */
    static Sizes of(LocalHealthContract c, LocalDate asOf) {
      int first = Stream.concat(Stream.of(c.milestones().diagnosisStart(), c.milestones().signature()),
              c.amendments().stream().map(Amendment::date))
          .flatMap(Optional::stream).mapToInt(LocalDate::getYear).min().orElse(asOf.getYear());
      return new Sizes(c.actionPlan().fiches().size(), c.governance().bodies().size(), c.signatories().size(),
          c.governance().bodies().stream().mapToInt(b -> b.meetings().size()).sum(), c.people().size(),
          c.amendments().size(), c.followUp().evaluations().size(), Math.max(0, asOf.getYear() - first));
    }

    /** docs/embedding.md: facts ≤ 37 + 9F + B + S + M + P + A + V + (2 + F)·Y. */
    long factBound() {
      return 37L + 9L * fiches + bodies + signatories + meetings + people + amendments + evaluations
          + (2L + fiches) * years;
    }

    /** docs/embedding.md: findings ≤ 32 + 13F + 4B + S + M + P + A + (5 + F)·Y. */
    long findingBound() {
      return 32L + 13L * fiches + 4L * bodies + signatories + meetings + people + amendments
          + (5L + fiches) * years;
    }
  }

  /** What a document multiplies: two of its dimensions are large, the others small. */
  enum Shape { BODIES_X_SIGNATORIES, FICHES_X_YEARS, AMENDMENTS_X_SIGNATORIES, PEOPLE_X_ROLES_X_BODIES }

  /** A document of a shape, and the date it is checked on. */
  record Case(Shape shape, LocalHealthContract contract, LocalDate asOf) {
    @Override
    public String toString() {
      return shape + " " + Sizes.of(contract, asOf) + " on " + asOf;
    }
  }

  @Property(tries = 32)
  @Label("#17 — a document built to multiply work derives facts and gives findings within bounds linear in its elements × judged years")
  void workIsLinearInTheDocument(@ForAll("adversarial") Case c) {
    Sizes n = Sizes.of(c.contract(), c.asOf());
    int facts = FactSet.derive(c.contract(), c.asOf()).all().size();
    ConformityReport normandie = Referentiels.byId("normandie").check(c.contract(), c.asOf());
    ConformityReport occitanie = Referentiels.byId("occitanie").check(c.contract(), c.asOf());
    Statistics.label("shape").collect(c.shape());
    Statistics.label("shape").coverage(k -> {
      for (Shape s : Shape.values()) {
        k.check(s).count(x -> x > 0);
      }
    });
    assertThat((long) facts).as("facts of %s", c).isLessThanOrEqualTo(n.factBound());
    assertThat((long) normandie.findings().size()).as("normandie findings of %s", c)
        .isLessThanOrEqualTo(n.findingBound());
    assertThat((long) occitanie.findings().size()).as("occitanie findings of %s", c)
        .isLessThanOrEqualTo(n.findingBound());
  }

  /**
   * Documents of each shape: 40–80 signatories × 40–80 bodies counting as the COPIL or the COTECH; 40–80 fiches
   * with indicators valued some years × 35–70 judged years; 40–80 amendments signed by nobody × 40–80
   * signatories; 80–160 people holding 30–40 roles each, members of many of 10 bodies. Small dimensions
   * take 2 or 3.
   */
  @Provide
  Arbitrary<Case> adversarial() {
    return Combinators.combine(Arbitraries.of(Shape.class), Arbitraries.integers().between(40, 80),
        Arbitraries.integers().between(40, 80), Arbitraries.integers().between(1990, 2020)).as((shape, x, y, year) ->
        switch (shape) {
          case BODIES_X_SIGNATORIES -> new Case(shape, document(x, y, 2, 2, 3, 2, year), LocalDate.of(2026, 11, 22));
          case FICHES_X_YEARS -> new Case(shape, document(3, 2, x, 2, 3, 2, year), LocalDate.of(year + y, 11, 22));
          case AMENDMENTS_X_SIGNATORIES -> new Case(shape, document(x, 2, 2, y, 3, 2, year),
              LocalDate.of(2026, 11, 22));
          case PEOPLE_X_ROLES_X_BODIES -> new Case(shape, document(2 * x, 10, 2, 2, 20 + y / 4, 1, year),
              LocalDate.of(2026, 11, 22));
        });
  }

  /**
   * A signed, open-ended contract of a CC, the ARS and partners, every {@code peopleEvery}-th partner with a
   * person holding {@code roles} roles; bodies alternating COPIL, COTECH and merged, each with members and a
   * meeting; fiches with one indicator valued every one to three years; amendments signed by nobody.
   */
  static LocalHealthContract document(int signatories, int bodies, int fiches, int amendments, int roles,
      int peopleEvery, int signedIn) {
    var b = LocalHealthContract.builder().id("cls-adversarial").name("CLS").region("Normandie")
        .addOrganisations(Organisation.builder().id("cc").name("CC").kind(OrganisationKind.COMMUNAUTE_DE_COMMUNES)
            .build(), Organisation.builder().id("ars").name("ARS").kind(OrganisationKind.ARS).build())
        .addSignatories(Signatory.builder().organisationId("cc").build(),
            Signatory.builder().organisationId("ars").build())
        .milestones(Milestones.builder().diagnosisStart(LocalDate.of(signedIn - 1, 1, 10))
            .signature(LocalDate.of(signedIn, 3, 1)).build());
    List<String> people = new ArrayList<>();
    for (int i = 2; i < signatories; i++) {
      String org = "partenaire-" + i;
      b.addOrganisations(Organisation.builder().id(org).name("P" + i).kind(OrganisationKind.ASSOCIATION).build());
      b.addSignatories(Signatory.builder().organisationId(org).build());
      // a person of some partners, holding many roles, some of them ended
      if (i % peopleEvery == 0) {
        var p = Person.builder().id("p-" + i).name("Personne " + i).organisationId(org);
        for (int r = 0; r < roles; r++) {
          RoleKind kind = RoleKind.values()[r % RoleKind.values().length];
          p.addRoles(Role.builder().kind(kind).period(r % 3 == 0
              ? DateRange.of(LocalDate.of(signedIn, 1, 1), LocalDate.of(signedIn + 1, 1, 1))
              : DateRange.always()).build());
        }
        b.addPeople(p.build());
        people.add("p-" + i);
      }
    }
    var g = Governance.builder();
    for (int i = 0; i < bodies; i++) {
      BodyKind kind = List.of(BodyKind.COPIL, BodyKind.COTECH, BodyKind.MERGED_COPIL_COTECH).get(i % 3);
      var body = GovernanceBody.builder().id("instance-" + i).name("Instance " + i).kind(kind)
          .chairId(people.isEmpty() ? Optional.empty() : Optional.of(people.get(i % people.size())));
      for (int m = 0; m < people.size(); m += 1 + i % 4) {
        body.addMembers(Membership.builder().personId(people.get(m)).build());
      }
      body.addMeetings(Meeting.builder().id("reunion-" + i).date(LocalDate.of(signedIn + 1 + i % 5, 5, 1)).build());
      g.addBodies(body.build());
    }
    b.governance(g.build());
    var plan = ActionPlan.builder();
    for (int f = 0; f < fiches; f++) {
      var ind = Indicator.builder().id("ind-" + f).name("I");
      for (int y = signedIn; y < signedIn + 40; y += 1 + f % 3) {
        ind.addValues(IndicatorValue.builder().year(y).value("1").build());
      }
      plan.addFiches(ActionSheet.builder().id("fa-" + f).title("F" + f).addIndicators(ind.build()).build());
    }
    b.actionPlan(plan.build());
    for (int a = 0; a < amendments; a++) {
      b.addAmendments(Amendment.builder().id("avenant-" + a).date(LocalDate.of(signedIn + a % 10, 6, 1)).build());
    }
    return b.build();
  }
}
