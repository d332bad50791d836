/**
 * What is still to do, and by when: the to-dos of a {@link io.github.clsante.cls.report.ConformityReport},
 * ordered by due date, each with its element's human name and a stable key
 * ({@link io.github.clsante.cls.agenda.Agenda}). Public API.
 */
@NullMarked
package io.github.clsante.cls.agenda;

import org.jspecify.annotations.NullMarked;
