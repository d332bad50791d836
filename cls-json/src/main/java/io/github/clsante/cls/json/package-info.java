/**
 * The JSON document format of cls: {@link io.github.clsante.cls.json.ClsJson} gives the reader (precise problems,
 * bounded reading), the writer (contracts, reports, agendas, portfolios) and the JSON Schemas;
 * {@link io.github.clsante.cls.json.ClsJacksonModule} maps the model for an {@code ObjectMapper}. Public API.
 */
@NullMarked
package io.github.clsante.cls.json;

import org.jspecify.annotations.NullMarked;
