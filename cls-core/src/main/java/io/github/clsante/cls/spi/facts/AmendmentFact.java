package io.github.clsante.cls.spi.facts;

import java.util.List;

/**
 * An amendment dated on or before the check date, or undated, and the signatories whose signature it lacks on
 * that date (a signature dated after it does not count yet). An amendment dated later gives no fact. Read by
 * NOR-AMENDMENT-SIGNED.
 *
 * @param amendmentId the amendment
 * @param path JSON Pointer of the amendment
 * @param missingSignatories organisations of the contract's signatories that did not sign it
 * @since 0.1.0
 */
public record AmendmentFact(String amendmentId, String path, List<String> missingSignatories) {

  /** @return how many signatures it lacks */
  public int missingCount() {
    return missingSignatories.size();
  }
}
