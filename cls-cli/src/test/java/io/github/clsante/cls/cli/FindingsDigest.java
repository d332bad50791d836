package io.github.clsante.cls.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.json.ClsJson;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.testkit.ContractAtDate;
import io.github.clsante.cls.testkit.Contracts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Issue #13: the before/after proof that a refactoring of the rules changes no finding. Not a test of the build
 * (its name matches no surefire include): run it with {@code -Dtest=FindingsDigest -Dcls.digest=FILE}. It writes, for the three examples and 2,000 generated contracts (a fixed seed,
 * each at its generated date and two fixed dates, and 250 conforming ones), every finding of the socle, Normandie and Occitanie in order
 * — rule, severity, to-do, element, path, year, due date, arguments, pack, messages in French and English — one
 * line each, to {@code FILE}, and the number of findings and the SHA-256 of the lines to {@code FILE.sum}. Two
 * runs (before and after) are compared with {@code diff}.
 */
class FindingsDigest {

  private static final String TARGET = System.getProperty("cls.digest", "");
  private static final List<String> IDS = List.of("socle", "normandie", "occitanie");
  private static final List<LocalDate> DATES = List.of(LocalDate.of(2024, 6, 15), LocalDate.of(2027, 1, 10));
  private static final StringBuilder LINES = new StringBuilder();
  private static long findings;
  private static long checks;

  @Property(tries = 2000, seed = "1302", generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF,
      edgeCases = EdgeCasesMode.NONE)
  void digest(@ForAll("contracts") ContractAtDate c) {
    if (TARGET.isEmpty()) {
      return;
    }
    record(c.contract(), c.asOf());
    for (LocalDate d : DATES) {
      record(c.contract(), d);
    }
  }

  @Provide
  Arbitrary<ContractAtDate> contracts() {
    return Contracts.contractsAtDates();
  }

  @Property(tries = 250, seed = "1303", generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF,
      edgeCases = EdgeCasesMode.NONE)
  void conforming(@ForAll("conformingContracts") ContractAtDate c) {
    digest(c);
  }

  @Provide
  Arbitrary<ContractAtDate> conformingContracts() {
    return net.jqwik.api.Arbitraries.oneOf(Contracts.conformingNormandie(), Contracts.conformingOccitanie());
  }

  private static synchronized void record(LocalHealthContract contract, LocalDate asOf) {
    for (String id : IDS) {
      Referentiel r = Referentiels.byId(id);
      ConformityReport report = r.check(contract, asOf);
      checks++;
      LINES.append("# ").append(id).append(' ').append(contract.id()).append(' ').append(asOf).append(' ')
          .append(report.phase()).append(' ').append(report.findings().size()).append('\n');
      for (Finding f : report.findings()) {
        findings++;
        LINES.append(f.ruleId()).append(" | ").append(f.severity()).append(" | ").append(f.isToDo()).append(" | ")
            .append(f.elementId()).append(" | ").append(f.path()).append(" | ").append(f.year()).append(" | ")
            .append(f.dueDate()).append(" | ").append(f.arguments()).append(" | ").append(f.pack()).append(" | ")
            .append(f.message(Locale.FRENCH)).append(" | ").append(f.message(Locale.ENGLISH)).append('\n');
      }
    }
  }

  @AfterContainer
  static void write() throws IOException, NoSuchAlgorithmException {
    if (TARGET.isEmpty()) {
      return;
    }
    for (String example : List.of("cls-mont-saint-michel-normandie.json", "cls-pays-coeur-herault-occitanie.json",
        "cls-draft-diagnosis.json")) {
      LocalHealthContract c = ClsJson.reader().read(Path.of("../examples", example));
      for (LocalDate d : List.of(LocalDate.of(2023, 3, 1), LocalDate.of(2025, 6, 30), LocalDate.of(2026, 11, 22),
          LocalDate.of(2030, 12, 31))) {
        record(c, d);
      }
    }
    String text = LINES.toString();
    Files.writeString(Path.of(TARGET), text, StandardCharsets.UTF_8);
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(text.getBytes(StandardCharsets.UTF_8)));
    Files.writeString(Path.of(TARGET + ".sum"), "checks=" + checks + " findings=" + findings + " sha256=" + sha
        + "\n", StandardCharsets.UTF_8);
    assertThat(findings).as("findings compared").isPositive();
  }
}
