package io.github.clsante.cls.referentiel;

import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.report.ConformityReport;
import java.time.LocalDate;
import java.util.List;

/**
 * A regional référentiel (Normandie, Occitanie, …): a catalogue of clauses and the rules that check them.
 *
 * <p>Implementations are immutable and thread-safe: build one once (see {@link Referentiels}) and share it.
 * {@link #check} is a pure function of the contract and the date; no state crosses calls.
 *
 * @since 0.1.0
 */
public interface Referentiel {

  /** @return the id, e.g. "normandie" */
  String id();

  /** @return a human title, e.g. "ARS Normandie (fiche n°3 et méthodologie)" */
  String title();

  /** @return the version of the pack */
  String version();

  /** @return every clause this référentiel checks, in catalogue order */
  List<Clause> catalogue();

  /**
   * Checks a contract as it stands on a date: whatever the document dates after that day has not happened yet.
   * The work and the findings grow at most linearly with the document and its judged years (see the
   * embedding guide, « What a document can make the library do »).
   *
   * @param contract the contract, not null
   * @param asOf the check date (phases, judged years, due dates and composition are read on that date), not
   *     null, from {@link io.github.clsante.cls.calendar.CheckDate#EARLIEST} (1900-01-01) to
   *     {@link io.github.clsante.cls.calendar.CheckDate#LATEST} (2200-12-31), the years every date of the
   *     model lies in
   * @return the report: phase and every finding that applies
   * @throws NullPointerException naming the parameter when {@code contract} or {@code asOf} is null
   * @throws IllegalArgumentException naming {@code asOf}, its value and the bounds when it lies outside them
   */
  ConformityReport check(LocalHealthContract contract, LocalDate asOf);
}
