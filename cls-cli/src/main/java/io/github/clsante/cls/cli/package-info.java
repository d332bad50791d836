/**
 * The {@code cls} command: {@link io.github.clsante.cls.cli.Main} and its subcommands ({@code check},
 * {@code agenda}, {@code calendar}, {@code compare}, {@code rules}, {@code referentiels}, {@code schema}).
 */
@NullMarked
package io.github.clsante.cls.cli;

import org.jspecify.annotations.NullMarked;
