package io.github.clsante.cls.testkit;

import io.github.clsante.cls.model.AnnualReport;
import io.github.clsante.cls.model.BodyDecision;
import io.github.clsante.cls.model.Evaluation;
import io.github.clsante.cls.model.EvaluationKind;
import io.github.clsante.cls.model.FinancialCommitment;
import io.github.clsante.cls.model.FollowUp;
import io.github.clsante.cls.model.GovernanceBody;
import io.github.clsante.cls.model.Programming;
import io.github.clsante.cls.model.Signatory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The follow-up: activity and financial reports per year from the signature, programmings with commitments and
 * their validation, and evaluations (final, annual, mid-term) with their supervision. Conforming to Normandie:
 * both reports of every past year, issued by 30 June, and a final evaluation supervised by the COPIL once in
 * the last 12 months; to Occitanie: every year from the signature covered by a programming with commitments
 * validated by the COPIL.
 */
final class FollowUpGen {

  private final Draft d;
  private final Tape t;
  private final boolean anything;

  private FollowUpGen(Draft d) {
    this.d = d;
    this.t = d.t;
    this.anything = !d.conforming();
  }

  static FollowUp generate(Draft d, List<GovernanceBody> bodies) {
    return new FollowUpGen(d).followUp(bodies);
  }

  private FollowUp followUp(List<GovernanceBody> bodies) {
    var fu = FollowUp.builder();
    LocalDate sig = d.sig;
    LocalDate end = d.end;
    LocalDate asOf = d.asOf;
    if (sig != null) {
      int last = Math.min(end == null ? asOf.getYear() : end.getYear(), asOf.getYear() - 1);
      for (int y = sig.getYear(); y <= last; y++) {
        LocalDate issueFrom = LocalDate.of(y + 1, 1, 1);
        LocalDate issueTo = asOf.isBefore(LocalDate.of(y + 1, 6, 30)) ? asOf : LocalDate.of(y + 1, 6, 30);
        if (d.need(d.normandie(), 75)) { // NOR-ANNUAL-REPORT
          fu.addActivityReports(report("ra-" + y, y, issueFrom, issueTo));
        }
        if (d.need(d.normandie(), 65)) { // NOR-ANNUAL-FINANCIAL
          fu.addFinancialReports(report("bf-" + y, y, issueFrom, issueTo));
        }
      }
      fu.addAllProgrammings(programmings(sig, bodies));
    }
    // evaluations
    int n = 0;
    String copilId = d.copilId;
    if (end != null) {
      LocalDate lastYearStart = end.minusYears(1);
      boolean inWindow = asOf.isAfter(lastYearStart);
      if (inWindow && d.need(d.normandie(), 70)) { // NOR-FINAL-EVALUATION
        LocalDate last = asOf.isBefore(end) ? asOf : end;
        int days = (int) ChronoUnit.DAYS.between(lastYearStart, last);
        LocalDate date = lastYearStart.plusDays(t.between(1, Math.max(1, days)));
        if (anything && t.chance(30)) {
          date = lastYearStart.minusDays(t.between(0, 200)); // outside the last 12 months
        }
        fu.addEvaluations(evaluation("eval-" + (++n), EvaluationKind.FINAL, date,
            d.need(d.normandie(), 75) ? copilId
                : t.chance(50) ? bodies.isEmpty() ? null : t.oneOf(bodies).id() : null));
      }
    }
    if (sig != null && t.chance(30)) {
      LocalDate mid = sig.plusMonths(t.between(18, 30));
      if (!mid.isAfter(asOf)) {
        fu.addEvaluations(evaluation("eval-" + (++n), t.oneOf(EvaluationKind.ANNUAL, EvaluationKind.MID_TERM), mid,
            t.chance(60) ? copilId : null));
      }
    }
    return fu.build();
  }

  private List<Programming> programmings(LocalDate sig, List<GovernanceBody> bodies) {
    List<Programming> out = new ArrayList<>();
    LocalDate end = d.end;
    LocalDate asOf = d.asOf;
    int lastProg = Math.min(end == null ? asOf.getYear() : end.getYear(), asOf.getYear());
    int n = 0;
    String cotech = bodies.stream().filter(b -> b.kind().countsAsCotech()).map(GovernanceBody::id)
        .findFirst().orElse(null);
    for (int y = sig.getYear(); y <= lastProg; ) {
      int to = Math.min(lastProg + (t.chance(30) ? 1 : 0), y + t.below(2));
      if (d.need(d.occitanie(), 70)) { // OCC-ANNUAL-PROGRAMMING
        var p = Programming.builder().id("prog-" + (++n)).fromYear(y).toYear(to);
        if (d.need(d.occitanie(), 80)) {
          List<String> signers = d.signatories.stream().map(Signatory::organisationId).toList();
          int k = t.between(1, Math.min(2, signers.size()));
          for (int i = 0; i < k; i++) {
            p.addCommitments(FinancialCommitment.builder().organisationId(signers.get(i))
                .amount(BigDecimal.valueOf(t.between(1, 50) * 1000L)).build());
          }
        }
        LocalDate on = LocalDate.of(y - 1, 12, t.between(1, 20));
        if (d.copilId != null && d.need(d.occitanie(), 70)) {
          p.validation(BodyDecision.builder().bodyId(d.copilId).date(on).build());
        } else if (cotech != null && t.chance(60)) {
          p.validation(BodyDecision.builder().bodyId(cotech).date(on).build());
        }
        out.add(p.build());
      }
      y = to + 1;
    }
    return out;
  }

  private AnnualReport report(String id, int year, LocalDate from, LocalDate to) {
    int days = (int) Math.max(0, ChronoUnit.DAYS.between(from, to));
    return AnnualReport.builder().id(id).year(year)
        .issuedOn(t.chance(80) ? Optional.of(from.plusDays(t.between(0, days))) : Optional.empty())
        .documentRef(t.chance(50) ? Optional.of(id + ".pdf") : Optional.empty())
        .build();
  }

  private Evaluation evaluation(String id, EvaluationKind kind, LocalDate date, @Nullable String bodyId) {
    return Evaluation.builder().id(id).kind(kind).date(date)
        .supervision(bodyId == null ? Optional.empty()
            : Optional.of(BodyDecision.builder().bodyId(bodyId).date(date).build()))
        .build();
  }
}
