package io.github.clsante.cls.cli;

import io.github.clsante.cls.internal.Printable;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.referentiel.Clause;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.report.Severity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cls compare FILE --referentiels normandie,occitanie}: the same contract under several packs, side by
 * side: per rule id, the count of findings in each pack ("–" where the pack has no such rule).
 */
final class CompareCommand extends DatedCommand {

  /** The FILE argument. */
  Path file;

  /** {@code --referentiels}, or null. */
  List<String> referentielIds;

  @Override
  CommandSpec declare() {
    CommandSpec c = CommandModel.command(this, "compare",
        "Checks one contract against several référentiels and shows, per rule id, the count of "
            + "findings in each (– where the référentiel has no such rule).");
    CommandModel.exitStatuses(c, "0:conforming to every référentiel", "1:at least one ERROR finding in one of them",
        "2:could not do the job");
    c.addPositional(CommandModel.positional(this, "file", Path.class, null, "1").index("0").paramLabel("FILE")
        .descriptionKey("file").description("The contract, a JSON document.").build());
    c.addOption(CommandModel.option(this, List.class, "--referentiels").auxiliaryTypes(String.class).splitRegex(",")
        .paramLabel("ID[,ID…]")
        .description("The référentiel ids, comma-separated, e.g. normandie,occitanie (default: the référentiel "
            + "of the contract's région and the national socle).").build());
    when.declare(c, this);
    return declareShared(c);
  }

  @Override
  @SuppressWarnings("unchecked")
  public void set(String key, Object value) {
    switch (key) {
      case "file" -> file = (Path) value;
      case "--referentiels" -> referentielIds = (List<String>) value;
      default -> super.set(key, value);
    }
  }

  @Override
  int execute() {
    LocalHealthContract contract = read(file);
    LocalDate date = when.date(contract);
    List<Referentiel> refs = new ArrayList<>();
    if (referentielIds == null || referentielIds.isEmpty()) {
      Referentiel regional = referentielFor(contract, null, when.lang);
      refs.add(regional);
      if (!regional.id().equals(Referentiels.SOCLE_ID)) {
        refs.add(referentiel(Referentiels.SOCLE_ID));
      }
    } else {
      for (String id : new LinkedHashSet<>(referentielIds)) {
        refs.add(referentiel(id.trim()));
      }
    }
    List<ConformityReport> reports = new ArrayList<>();
    for (Referentiel r : refs) {
      reports.add(timed(new Labels(when.lang).get("progress.check", r.id(), date), () -> r.check(contract, date)));
    }
    Labels l = new Labels(when.lang);
    Ansi ansi = ansi();
    out().println(ansi.bold(l.line("contract", Printable.escape(contract.id()) + " — "
        + Printable.escape(contract.name()))));
    out().println(l.line("asOf", l.date(date)));
    out().println(l.line("phase", l.phase(reports.get(0).phase())));
    out().println();
    Set<String> rules = new LinkedHashSet<>();
    for (int i = 0; i < refs.size(); i++) {
      Set<String> withFindings = new LinkedHashSet<>();
      reports.get(i).findings().forEach(f -> withFindings.add(f.ruleId()));
      for (Clause c : refs.get(i).catalogue()) {
        if (withFindings.contains(c.id())) {
          rules.add(c.id());
        }
      }
      rules.addAll(withFindings);
    }
    Table t = new Table();
    List<String> head = new ArrayList<>();
    head.add(l.get("compare.rule"));
    refs.forEach(r -> head.add(r.id()));
    t.row(head.toArray(String[]::new));
    for (String rule : rules) {
      List<String> row = new ArrayList<>();
      row.add(rule);
      for (int i = 0; i < refs.size(); i++) {
        boolean held = refs.get(i).catalogue().stream().anyMatch(c -> c.id().equals(rule));
        long n = reports.get(i).findings(rule).size();
        row.add(!held && n == 0 ? l.get("compare.absent") : String.valueOf(n));
      }
      t.row(row.toArray(String[]::new));
    }
    for (Severity s : Severity.values()) {
      List<String> row = new ArrayList<>();
      row.add(l.severities(s));
      reports.forEach(r -> row.add(String.valueOf(r.count(s))));
      t.row(row.toArray(String[]::new));
    }
    List<String> verdict = new ArrayList<>();
    verdict.add(l.get("verdict"));
    reports.forEach(r -> verdict.add(l.get(r.isConforming() ? "conforming" : "notConforming")));
    t.row(verdict.toArray(String[]::new));
    t.print(out());
    out().flush();
    boolean any = reports.stream().anyMatch(r -> !r.isConforming());
    long todo = reports.stream().flatMap(r -> r.findings().stream()).filter(Finding::isToDo).count();
    progress(new Labels(when.lang).get("progress.toDos", todo));
    return any ? Main.NOT_CONFORMING : Main.OK;
  }
}
