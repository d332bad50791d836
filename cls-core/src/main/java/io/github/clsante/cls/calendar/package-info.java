/**
 * Calendar derivations that hold no threshold of any référentiel: the phase at a date, the judged years of a
 * span, adding months and years ({@link io.github.clsante.cls.calendar.DateArithmetic}), durations in whole
 * months, report due dates. Public API; stateless and thread-safe.
 */
@NullMarked
package io.github.clsante.cls.calendar;

import org.jspecify.annotations.NullMarked;
