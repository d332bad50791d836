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
 *
 * <p>When the generator itself changes between the two runs, freeze its contracts first: with
 * {@code -Dcls.digest.corpus=DIR} (an absent or empty folder) the generated contracts are also written there as
 * {@code cls/1} documents named after their order and date; with {@code -Dcls.digest.corpus=DIR} on a folder that
 * holds them, they are read from there instead of generated, so both runs check the very same contracts.
 */
class FindingsDigest {

  private static final String TARGET = System.getProperty("cls.digest", "");
  private static final List<String> IDS = List.of("socle", "normandie", "occitanie");
  private static final List<LocalDate> DATES = List.of(LocalDate.of(2024, 6, 15), LocalDate.of(2027, 1, 10));
  private static final String CORPUS = System.getProperty("cls.digest.corpus", "");
  /** Whether the contracts are read from the corpus folder (it held documents when the run began). */
  private static final boolean FROZEN = frozen();
  private static final StringBuilder LINES = new StringBuilder();
  private static int written;
  private static long findings;
  private static long checks;

  @Property(tries = 2000, seed = "1302", generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF,
      edgeCases = EdgeCasesMode.NONE)
  void digest(@ForAll("contracts") ContractAtDate c) {
    if (TARGET.isEmpty() || FROZEN) {
      return;
    }
    if (!CORPUS.isEmpty()) {
      freeze(c);
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

  private static boolean frozen() {
    if (CORPUS.isEmpty()) {
      return false;
    }
    try (var files = Files.list(Path.of(CORPUS))) {
      return files.anyMatch(f -> f.getFileName().toString().endsWith(".json"));
    } catch (IOException absent) {
      return false;
    }
  }

  private static synchronized void freeze(ContractAtDate c) {
    try {
      Files.createDirectories(Path.of(CORPUS));
      ClsJson.writer().write(c.contract(), Path.of(CORPUS, String.format("%05d_%s.json", written++, c.asOf())));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void fromCorpus() throws IOException {
    List<Path> files;
    try (var list = Files.list(Path.of(CORPUS))) {
      files = list.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    for (Path f : files) {
      String name = f.getFileName().toString();
      LocalDate asOf = LocalDate.parse(name.substring(name.indexOf('_') + 1, name.length() - ".json".length()));
      LocalHealthContract c = ClsJson.reader().read(f);
      record(c, asOf);
      for (LocalDate d : DATES) {
        record(c, d);
      }
    }
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
    if (FROZEN) {
      fromCorpus();
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
