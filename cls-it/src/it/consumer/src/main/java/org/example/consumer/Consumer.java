package org.example.consumer;

import io.github.clsante.cls.json.ClsJson;
import io.github.clsante.cls.model.ActionPlan;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.Milestones;
import io.github.clsante.cls.model.Organisation;
import io.github.clsante.cls.model.OrganisationKind;
import io.github.clsante.cls.model.Signatory;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.render.ReportRenderer;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.report.Severity;
import io.github.clsante.cls.rules.Packs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What an embedding application does with cls, through the public API only. */
public final class Consumer {

  private Consumer() {}

  /** A contract signed by the ARS alone, for 6 years, with an empty plan: the socle must object. */
  public static LocalHealthContract builtInCode() {
    return LocalHealthContract.builder().id("cls-test").name("CLS construit en code").region("Normandie")
        .addOrganisations(Organisation.builder().id("ars").name("ARS Normandie").kind(OrganisationKind.ARS).build())
        .addSignatories(Signatory.builder().organisationId("ars").signedOn(LocalDate.of(2024, 1, 10)).build())
        .milestones(Milestones.builder().diagnosisStart(LocalDate.of(2023, 1, 2))
            .diagnosisCompletion(LocalDate.of(2023, 9, 1)).signature(LocalDate.of(2024, 1, 10))
            .end(LocalDate.of(2030, 1, 9)).build())
        .actionPlan(ActionPlan.builder().build())
        .build();
  }

  /**
   * Runs the consumer's checks and fails loudly when one does not hold.
   *
   * @param example the Normandie example document
   * @return a summary line
   */
  public static String run(Path example) {
    LocalDate asOf = LocalDate.of(2026, 11, 22);
    List<String> ids = Referentiels.ids();
    require(ids.containsAll(List.of("normandie", "occitanie")), "both packs found, got " + ids);

    for (String pack : List.of("normandie", "occitanie")) {
      Referentiel r = Referentiels.byId(pack);
      ConformityReport report = r.check(builtInCode(), asOf);
      Set<String> rules = report.findings().stream().map(Finding::ruleId).collect(Collectors.toSet());
      require(rules.containsAll(Set.of("SOC-SIGNATORIES", "SOC-DURATION", "SOC-MENTAL-HEALTH")),
          pack + ": socle findings on the contract built in code, got " + rules);
      require(!report.isConforming(), pack + ": the contract built in code does not conform");
      require(rules.stream().noneMatch(id -> id.startsWith(pack.equals("normandie") ? "OCC-" : "NOR-")),
          pack + ": no finding of the other pack, got " + rules);
    }

    LocalHealthContract read = ClsJson.reader().read(example);
    ConformityReport normandie = Referentiels.byId("normandie").check(read, asOf);
    require(read.region().equals("Normandie"), "the example is a Normandie contract");
    require(Referentiels.forRegion(read.region()).id().equals("normandie"), "its région picks normandie");
    require(Referentiels.forRegion("Bretagne").id().equals(Referentiels.SOCLE_ID),
        "a région without pack gets the national socle");
    require(normandie.findings().stream().anyMatch(f -> f.ruleId().startsWith("NOR-")),
        "the Normandie example has Normandie findings: " + normandie.findings());
    require(ClsJson.reader().read(ClsJson.writer().write(read)).equals(read), "lossless round trip");
    int clauses = Referentiels.byId("normandie").catalogue().size() + Referentiels.byId("occitanie").catalogue().size();
    return "cls consumer: " + clauses + " clauses loaded (socle counted twice), example "
        + read.id() + " has " + normandie.findings().size() + " Normandie findings";
  }

  /**
   * Where each cls module runs: {@code module <name>} for a real module (its module-info), {@code automatic module
   * <name>} for a jar without one, {@code class path} for the unnamed module.
   *
   * @return one line per module, e.g. {@code cls-rules: module io.github.clsante.cls.rules}
   */
  public static List<String> modules() {
    List<String> out = new ArrayList<>();
    out.add("cls-core: " + describe(Referentiel.class.getModule()));
    out.add("cls-rules: " + describe(Packs.class.getModule()));
    out.add("cls-json: " + describe(ClsJson.class.getModule()));
    out.add("cls-render: " + describe(ReportRenderer.class.getModule()));
    return out;
  }

  private static String describe(Module m) {
    if (!m.isNamed()) {
      return "class path";
    }
    return (m.getDescriptor().isAutomatic() ? "automatic module " : "module ") + m.getName();
  }

  /**
   * Checks the Normandie example against its région's référentiel, gives the message of its one error in French
   * and in English (the packs' message bundles), and renders the report as an HTML page through cls-render (its
   * labels), in French, written to {@code html}.
   *
   * @param example the Normandie example document
   * @param html where to write the page
   * @return what was done, one line each
   * @throws IOException when the page cannot be written
   */
  public static List<String> report(Path example, Path html) throws IOException {
    LocalDate asOf = LocalDate.of(2026, 11, 22);
    LocalHealthContract contract = ClsJson.reader().read(example);
    Referentiel referentiel = Referentiels.forRegion(contract.region());
    ConformityReport report = referentiel.check(contract, asOf);
    List<Finding> errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    require(errors.size() == 1, "the example has one ERROR on purpose, got " + errors);
    Finding error = errors.get(0);
    String fr = error.message(Locale.FRENCH);
    String en = error.message(Locale.ENGLISH);
    require(!fr.equals(en), "French and English messages differ: " + fr);
    String page = ReportRenderer.html(report, contract, referentiel, Locale.FRENCH);
    String pageEn = ReportRenderer.html(report, contract, referentiel, Locale.ENGLISH);
    require(page.startsWith("<!DOCTYPE html>") && page.contains("<html lang=\"fr\">"), "a French page");
    require(pageEn.contains("<html lang=\"en\">"), "an English page");
    Files.writeString(html, page, StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>();
    out.add("referentiel: " + referentiel.id());
    out.add(error.ruleId() + " fr: " + fr);
    out.add(error.ruleId() + " en: " + en);
    out.add("html: " + page.length() + " characters, French, written to " + html.getFileName());
    return out;
  }

  private static void require(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("consumer check failed: " + what);
    }
  }
}
