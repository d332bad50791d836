package io.github.clsante.cls.spi.facts;

import io.github.clsante.cls.model.Diagnosis;
import io.github.clsante.cls.model.DiagnosisElement;
import io.github.clsante.cls.model.HealthTheme;
import io.github.clsante.cls.model.Milestones;
import io.github.clsante.cls.model.PolicyFramework;
import io.github.clsante.cls.model.Portrait;
import java.util.ArrayList;
import java.util.List;

/**
 * The family of the diagnosis: whether it is done on the check date, and each item of each category it lacks.
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DiagnosisFacts {

  private final DiagnosisFact diagnosis;
  private final List<DiagnosisItemFact> missingItems = new ArrayList<>();

  DiagnosisFacts(OnCheckDate on) {
    Milestones m = on.contract.milestones();
    // a completion dated after the check date has not happened yet, even when it is planned before the signature
    boolean completed = m.diagnosisCompletion().map(d -> !d.isAfter(on.asOf)).orElse(false);
    diagnosis = new DiagnosisFact(completed,
        completed && m.signature().map(s -> !m.diagnosisCompletion().get().isAfter(s)).orElse(true));
    Diagnosis d = on.contract.diagnosis();
    for (Portrait p : Portrait.values()) {
      lacks(!d.portraits().contains(p), DiagnosisItemFact.Category.PORTRAIT, p, "/diagnosis/portraits");
    }
    for (DiagnosisElement e : DiagnosisElement.values()) {
      lacks(!d.elements().contains(e), DiagnosisItemFact.Category.ELEMENT, e, "/diagnosis/elements");
    }
    for (PolicyFramework f : PolicyFramework.values()) {
      lacks(!d.frameworks().contains(f), DiagnosisItemFact.Category.FRAMEWORK, f, "/diagnosis/frameworks");
    }
    for (HealthTheme t : HealthTheme.values()) {
      lacks(!d.themes().contains(t), DiagnosisItemFact.Category.THEME, t, "/diagnosis/themes");
    }
  }

  private void lacks(boolean lacking, DiagnosisItemFact.Category category, Enum<?> item, String path) {
    if (lacking) {
      missingItems.add(new DiagnosisItemFact(category, item.name(), path));
    }
  }

  /** @return whether the diagnosis is done */
  public DiagnosisFact diagnosis() {
    return diagnosis;
  }

  /** @return each item the diagnosis lacks, by category then in the order of each category's constants */
  public List<DiagnosisItemFact> missingItems() {
    return List.copyOf(missingItems);
  }

  void addTo(List<Object> all) {
    all.add(diagnosis);
    all.addAll(missingItems);
  }
}
