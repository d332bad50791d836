/**
 * The report of a Contrat local de santé as a self-contained HTML page, in French or English, for a screen, a
 * phone and paper ({@link io.github.clsante.cls.render.ReportRenderer}), and the yearly follow-up grid it shows
 * ({@link io.github.clsante.cls.render.YearGrid}), which text views can print too. Reads cls-core's public API
 * only (the report, the contract, the catalogue, the agenda and the yearly follow-up), never the facts SPI.
 * Public API; stateless or immutable, and thread-safe.
 */
@NullMarked
package io.github.clsante.cls.render;

import org.jspecify.annotations.NullMarked;
