package io.github.clsante.cls.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #16: the command warms up the JSON reader and the référentiel on daemon threads while picocli parses the
 * arguments, only for the subcommands that need them, and a warm-up that fails says nothing: the command does the
 * work again and reports it.
 */
class WarmupTest {

  @Test
  void theReferentielOptionIsReadInBothSpellingsBeforeTheEndOfOptions() {
    assertThat(Warmup.referentielOption(new String[] {"check", "a.json", "--referentiel", "occitanie"}))
        .isEqualTo("occitanie");
    assertThat(Warmup.referentielOption(new String[] {"check", "--referentiel=normandie", "a.json"}))
        .isEqualTo("normandie");
    assertThat(Warmup.referentielOption(new String[] {"check", "a.json"})).isNull();
    assertThat(Warmup.referentielOption(new String[] {"check", "a.json", "--referentiel"})).isNull();
    assertThat(Warmup.referentielOption(new String[] {"check", "--", "--referentiel", "x"})).isNull();
  }

  @Test
  void theSampleItReadsAndChecksIsTheExampleTheBuildCopies() throws Exception {
    try (java.io.InputStream in = Warmup.class.getResourceAsStream(Warmup.SAMPLE)) {
      assertThat(in).as(Warmup.SAMPLE).isNotNull();
      assertThat(in.readAllBytes()).isEqualTo(java.nio.file.Files.readAllBytes(
          java.nio.file.Path.of("../examples/cls-pays-coeur-herault-occitanie.json")));
    }
  }

  @Test
  void onlyTheSubcommandsThatReadAContractAndLoadAReferentielWarmUp() throws InterruptedException {
    for (String sub : new String[] {"rules", "referentiels", "schema", "compare"}) {
      assertThat(Warmup.start(sub, new String[] {sub})).as(sub).isEmpty();
    }
    assertThat(Warmup.start(null, new String[] {"--help"})).isEmpty();
    assertThat(Warmup.start("check", new String[] {"check", "--help"})).isEmpty();
    assertThat(Warmup.start("agenda", new String[] {"agenda", "-V"})).isEmpty();
    List<Thread> started = Warmup.start("agenda", new String[] {"agenda", "x.json", "--referentiel", "socle"});
    assertThat(started).extracting(Thread::getName)
        .containsExactly("cls-warmup-json", "cls-warmup-referentiel");
    assertThat(started).allMatch(Thread::isDaemon);
    for (Thread t : started) {
      t.join();
    }
  }

  @Test
  void aWarmUpThatFailsSaysNothing() throws InterruptedException {
    PrintStream err = System.err;
    PrintStream out = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
    System.setErr(capture);
    System.setOut(capture);
    try {
      for (Thread t : Warmup.start("check", new String[] {"check", "x.json", "--referentiel", "atlantide"})) {
        t.join();
      }
    } finally {
      System.setErr(err);
      System.setOut(out);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
