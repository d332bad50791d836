package io.github.clsante.cls.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.clsante.cls.model.ImmutableLocalHealthContract;
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
 * <p>A document that is not a readable contract fails with a {@link DocumentMappingException} carrying every
 * {@link DocumentProblem}. Through a mapper, the mapper's parser and its {@code StreamReadConstraints} apply
 * (the nesting depth is still bounded at {@value TreeReader#MAX_DEPTH}); columns may count bytes rather than
 * characters when the mapper reads bytes. A report's messages are rendered in the mapper's locale
 * ({@code ObjectMapper.setLocale}). No default typing is used or needed.
 *
 * <p>Stateless and thread-safe.
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
    d.addDeserializer(ImmutableLocalHealthContract.class,
        new ContractDeserializer<>(ImmutableLocalHealthContract.class));
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
  }
}
