package io.github.clsante.cls.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.AccessPattern;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.report.ConformityReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A Jackson module that lets an {@code ObjectMapper} read and write {@link LocalHealthContract}s in the cls/1
 * format, and write {@link ConformityReport}s in the cls-report/1 format, exactly as {@link ClsJson#reader()}
 * and {@link ClsJson#writer()} do. Registered in {@code META-INF/services/com.fasterxml.jackson.databind.Module},
 * so {@code ObjectMapper.findAndRegisterModules()} finds it.
 *
 * <p>A mapper accepts and refuses the documents {@link ContractReader} does, with the same problems: a document
 * that is not a readable contract fails with a {@link DocumentMappingException} carrying every
 * {@link DocumentProblem} — the document {@code null} and content after the root object included — except when
 * the mapper refuses it itself before the contract starts (no content at all, a first character that is not
 * JSON, a text starting with U+FEFF): then with its own {@code JsonProcessingException}. The reader's bounds
 * (nesting depth, string, field name and number lengths, document length — counted in bytes when the mapper
 * reads bytes) apply whatever the mapper's {@code StreamReadConstraints}; columns may count bytes rather than
 * characters when the mapper reads bytes. Given bytes, a mapper decodes them itself: unlike the reader, it
 * detects and accepts UTF-16 and UTF-32, and it accepts overlong UTF-8 forms; hand it text, or use the reader,
 * to refuse them.
 *
 * <p>When a contract is the root of what the mapper reads, whatever follows it is refused: a stream of several
 * contracts ({@code ObjectReader.readValues}) is not supported. A contract nested in a larger document of the
 * caller's (a property, an array element) leaves the rest to the mapper, and a {@code null} there stays null.
 * Writing a contract built in code whose text holds a lone surrogate fails with a {@code JsonMappingException}
 * naming its pointer. A report's messages are rendered in the mapper's locale ({@code ObjectMapper.setLocale}).
 * No default typing is used or needed.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ClsJacksonModule extends Module {

  /** Creates the module. */
  public ClsJacksonModule() {
    // stateless
  }

  /** @return "cls-json" */
  @Override
  public String getModuleName() {
    return "cls-json";
  }

  /** @return the module's version */
  @Override
  public Version version() {
    return new Version(0, 1, 0, "SNAPSHOT", "io.github.clsante", "cls-json");
  }

  /**
   * Registers the contract serializer and deserializer and the report serializer.
   *
   * @param context the mapper's setup context
   */
  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers s = new SimpleSerializers();
    s.addSerializer(LocalHealthContract.class, new ContractSerializer());
    s.addSerializer(ConformityReport.class, new ReportSerializer());
    context.addSerializers(s);
    SimpleDeserializers d = new SimpleDeserializers();
    d.addDeserializer(LocalHealthContract.class, new ContractDeserializer<>(LocalHealthContract.class));
    // the class the model's builder builds (the generated implementation), for a mapper asked for that class;
    // found from the builder rather than named, so that nothing outside cls-core depends on generated code
    addImplementation(d, LocalHealthContract.builder().getClass().getEnclosingClass());
    context.addDeserializers(d);
  }

  private static final class ContractSerializer extends StdSerializer<LocalHealthContract> {
    private static final long serialVersionUID = 1L;

    ContractSerializer() {
      super(LocalHealthContract.class);
    }

    @Override
    public void serialize(LocalHealthContract value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      String at = Model.CONTRACT.loneSurrogate(value, Pointer.ROOT);
      if (at != null) {
        throw JsonMappingException.from(gen, ContractWriter.unwritable(at));
      }
      ContractWriter.writeContract(gen, value);
    }
  }

  private static final class ReportSerializer extends StdSerializer<ConformityReport> {
    private static final long serialVersionUID = 1L;

    ReportSerializer() {
      super(ConformityReport.class);
    }

    @Override
    public void serialize(ConformityReport value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      ContractWriter.writeReport(gen, value, null, provider.getLocale());
    }
  }

  private static <T extends LocalHealthContract> void addImplementation(SimpleDeserializers d, Class<?> found) {
    @SuppressWarnings("unchecked")
    Class<T> type = (Class<T>) found.asSubclass(LocalHealthContract.class);
    d.addDeserializer(type, new ContractDeserializer<>(type));
  }

  private static final class ContractDeserializer<T extends LocalHealthContract> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final Class<T> type;

    ContractDeserializer(Class<T> type) {
      super(type);
      this.type = type;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      List<DocumentProblem> problems = new ArrayList<>();
      JsonLocation start = p.currentTokenLocation();
      Node root = TreeReader.readCurrent(p, problems);
      LocalHealthContract c = root == null ? null : ContractReader.map(root, problems);
      if (c == null) {
        throw new DocumentMappingException(p, start, problems);
      }
      return type.cast(c);
    }

    /**
     * A document that is {@code null} is refused, as {@link ContractReader} refuses it; a null nested in a
     * larger document (not a cls/1 document itself) stays null.
     */
    @Override
    public T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
      JsonParser p = ctxt.getParser();
      if (p != null && p.getParsingContext() != null && p.getParsingContext().inRoot()) {
        JsonLocation at = p.currentTokenLocation();
        List<DocumentProblem> problems = new ArrayList<>();
        ContractReader.map(Node.nul(at.getLineNr(), at.getColumnNr()), problems);
        throw new DocumentMappingException(p, at, problems);
      }
      return null;
    }

    /** @return {@link AccessPattern#DYNAMIC}: whether null is refused depends on where it is */
    @Override
    public AccessPattern getNullAccessPattern() {
      return AccessPattern.DYNAMIC;
    }
  }
}
