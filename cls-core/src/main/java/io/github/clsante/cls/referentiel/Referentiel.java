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
   * Checks a contract as it stands on a date.
   *
   * @param contract the contract
   * @param asOf the check date (phases, judged years, due dates and composition are read on that date)
   * @return the report: phase and every finding that applies
   */
  ConformityReport check(LocalHealthContract contract, LocalDate asOf);
}
