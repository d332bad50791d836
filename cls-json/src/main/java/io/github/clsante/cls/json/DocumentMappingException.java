package io.github.clsante.cls.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How {@link ClsJacksonModule} reports, through an {@code ObjectMapper}, that a document is not a readable
 * contract: a {@link JsonMappingException} carrying the same {@link DocumentProblem}s as
 * {@link DocumentException}.
 *
 * @since 0.1.0
 */
public final class DocumentMappingException extends JsonMappingException {

  private static final long serialVersionUID = 1L;

  /** The problems, in document order. */
  private final transient List<DocumentProblem> problems;

  /**
   * @param parser the parser that read the document, or null
   * @param location where the contract object started, or null
   * @param problems every problem found; not empty
   */
  public DocumentMappingException(@Nullable JsonParser parser, @Nullable JsonLocation location,
      List<DocumentProblem> problems) {
    super(parser, DocumentException.message(problems), location);
    this.problems = List.copyOf(problems);
  }

  /** @return every problem found, in document order; never empty */
  public List<DocumentProblem> problems() {
    return problems;
  }
}
