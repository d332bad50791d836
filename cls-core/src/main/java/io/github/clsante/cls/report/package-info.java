/**
 * The result model: {@link io.github.clsante.cls.report.Finding}, {@link io.github.clsante.cls.report.Severity}
 * and {@link io.github.clsante.cls.report.ConformityReport}. Public API; every type is immutable and
 * thread-safe.
 */
@NullMarked
package io.github.clsante.cls.report;

import org.jspecify.annotations.NullMarked;
