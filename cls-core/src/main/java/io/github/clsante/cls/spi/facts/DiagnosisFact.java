package io.github.clsante.cls.spi.facts;

/**
 * Whether the diagnosis is done. One per check. Read by SOC-DIAGNOSIS-FIRST ({@code completedBySignature}), and
 * by SOC-DIAGNOSIS-THEMES, NOR-DIAGNOSIS-CONTENT, OCC-DIAGNOSIS-PORTRAITS and OCC-DIAGNOSIS-PRS, which judge a
 * completed diagnosis only ({@code completed}).
 *
 * @param completed whether the diagnosis completion is dated on or before the check date
 * @param completedBySignature whether it is completed on the check date and, when the signature is dated, on or
 *     before the signature (a completion dated after the check date is not done yet)
 *
 * @since 0.1.0
 */
public record DiagnosisFact(boolean completed, boolean completedBySignature) {}
