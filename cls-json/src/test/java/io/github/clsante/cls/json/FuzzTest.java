package io.github.clsante.cls.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.clsante.cls.internal.Printable;
import io.github.clsante.cls.json.DocumentMutator.Input;
import io.github.clsante.cls.json.DocumentMutator.Kind;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.testkit.ContractAtDate;
import io.github.clsante.cls.testkit.ContractProfile;
import io.github.clsante.cls.testkit.Contracts;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;

/**
 * Structure-aware fuzzing of the reader, the writer, the Jackson module and the référentiels: mutations of the
 * examples and of generated contracts ({@link DocumentMutator}), each judged against what the library promises:
 *
 * <ul>
 *   <li>reading gives a contract or a {@link DocumentException}-worthy list of problems — at least one, each with
 *       a pointer, what was expected and what was found, printable on one line, naming no Java exception — and
 *       never anything else; text and bytes of one document are judged alike, to the same contract or the
 *       same problems;</li>
 *   <li>an accepted document round-trips: written as a string, to a file and to a stream, read back equal, and
 *       written again identically;</li>
 *   <li>an {@code ObjectMapper} with the module accepts and refuses what the reader does, with the same
 *       problems for text (for bytes where the reader's refusal is not about the encoding, which a mapper
 *       decodes itself);</li>
 *   <li>checking an accepted document against Normandie and Occitanie at dates from 1900 to 2200 never throws;</li>
 *   <li>work stays linear: at most {@value #PROBLEMS_PER_TOKEN} problems per JSON token of the document (plus
 *       {@value #PROBLEMS_PER_TOKEN}), at most {@value #FINDINGS_PER_ELEMENT_YEAR} finding(s) per element (a JSON
 *       object, plus one for the whole) and per year spanned by the contract and the check date — years are
 *       bounded (1900–2200), so findings grow linearly with the document, while a finding per pair of elements
 *       (signatory × body) would break the bound on a realistic span —, found texts of at most {@value #MAX_FOUND}
 *       characters; each input has {@value #SECONDS_PER_INPUT} s to be judged (to catch a hang, not to measure
 *       time).</li>
 * </ul>
 *
 * <p>Deterministic: input {@code i} is mutated from a random source seeded with the seed and {@code i}. The
 * build judges {@value #DEFAULT_INPUTS} inputs; {@code -Pfuzz} judges 50,000, and {@code -Dcls.fuzz.inputs=N},
 * {@code -Dcls.fuzz.seed=S} and {@code -Dcls.fuzz.only=i} (input {@code i} alone, to reproduce a defect: give
 * it the inputs count and seed of the run that found it, as the base documents depend on them) change the run.
 * Figures per class of mutation go to {@code target/fuzz-summary.txt}.
 */
class FuzzTest {

  static final int DEFAULT_INPUTS = 2_000;
  static final int PROBLEMS_PER_TOKEN = 2;
  static final int FINDINGS_PER_ELEMENT_YEAR = 1;
  static final int MAX_FOUND = Texts.MAX_FOUND;
  static final int SECONDS_PER_INPUT = 120;

  private static final long SEED = Long.getLong("cls.fuzz.seed", 20_261_202L);
  private static final int INPUTS = Integer.getInteger("cls.fuzz.inputs", DEFAULT_INPUTS);
  private static final int ONLY = Integer.getInteger("cls.fuzz.only", -1);
  /** A Java exception's or the parser's name, outside the quoted values of the document. */
  private static final Pattern JAVA = Pattern.compile("\\b[A-Z][A-Za-z]*(Exception|Error)\\b|java\\.|fasterxml");
  private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
  /** The years a canonical document mentions: its dates' and its year fields'. */
  private static final Pattern YEARS = Pattern.compile("\"(\\d{4})-\\d{2}-\\d{2}\"|\"(?:year|fromYear|toYear)\": (\\d+)");
  private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2200, 12, 31);

  private final ContractReader reader = ClsJson.reader();
  private final ContractWriter writer = ClsJson.writer();
  private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
  private final JsonFactory tokens = new JsonFactory();
  private final List<Referentiel> packs = List.of(Referentiels.byId("normandie"), Referentiels.byId("occitanie"));

  /** Figures of one class of mutation. */
  static final class Figures {
    int inputs;
    int accepted;
    int refused;
    int defects;
    int checks;
  }

  private final Map<Kind, Figures> figures = new EnumMap<>(Kind.class);
  private final List<String> defects = new ArrayList<>();
  private double maxProblemsPerToken;
  private double maxFindingsPerElementYear;
  private int maxFound;
  private int maxFindings;

  /** A jqwik example, so that cls-testkit's generators run on a jqwik thread; seeded all the same. */
  @Example
  void mutatedDocumentsAreRefusedClearlyOrRoundTripAndCheck() throws Exception {
    Path dir = Files.createTempDirectory("cls-fuzz");
    try {
      fuzz(dir);
    } finally {
      Files.deleteIfExists(dir.resolve("written.json"));
      Files.deleteIfExists(dir);
    }
  }

  private void fuzz(Path dir) throws Exception {
    List<String> bases = bases();
    for (Kind k : Kind.values()) {
      figures.put(k, new Figures());
    }
    ExecutorService worker = Executors.newSingleThreadExecutor();
    try {
      for (int i = ONLY >= 0 ? ONLY : 0; i < (ONLY >= 0 ? ONLY + 1 : INPUTS); i++) {
        Random r = new Random(SEED * 1_000_003L + i);
        Kind kind = Kind.values()[i % Kind.values().length];
        String base = bases.get(r.nextInt(bases.size()));
        Input in = DocumentMutator.mutate(kind, base, r);
        int index = i;
        Future<?> judged = worker.submit(() -> judge(index, in, r, dir.resolve("written.json")));
        try {
          judged.get(SECONDS_PER_INPUT, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
          judged.cancel(true);
          defect(index, in, "not judged within " + SECONDS_PER_INPUT + " s (a hang?)");
          break;
        } catch (ExecutionException e) {
          defect(index, in, "the fuzz itself failed: " + e.getCause());
        }
      }
    } finally {
      worker.shutdownNow();
    }
    String summary = summary();
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "fuzz-summary.txt"), summary);
    System.out.print(summary);
    assertThat(defects).as(summary).isEmpty();
    int accepted = figures.values().stream().mapToInt(f -> f.accepted).sum();
    int refused = figures.values().stream().mapToInt(f -> f.refused).sum();
    if (ONLY < 0 && INPUTS >= 20 * Kind.values().length) { // enough inputs for every class to show
      assertThat(accepted).as("accepted inputs: the mutations keep some documents readable").isGreaterThan(
          INPUTS / 20);
      assertThat(refused).as("refused inputs").isGreaterThan(INPUTS / 2);
      figures.forEach((k, f) -> assertThat(f.refused).as("%s refuses some", k).isPositive());
    }
  }

  /** The examples of the repository and generated contracts (cls-testkit's every-field and random ones), as text. */
  private List<String> bases() throws IOException {
    List<String> out = new ArrayList<>();
    try (var files = Files.list(Path.of("../examples"))) {
      for (Path p : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        out.add(Files.readString(p));
      }
    }
    assertThat(out).as("the examples").hasSizeGreaterThanOrEqualTo(3);
    int n = Math.max(20, Math.min(100, INPUTS / 50));
    Random r = new Random(SEED);
    Arbitrary<LocalHealthContract> testkit = Contracts.contracts();
    Arbitrary<ContractAtDate> everyField = Contracts.of(ContractProfile.everyField());
    for (int i = 0; i < n; i++) {
      out.add(writer.write(everyField.generator(1000).next(r).value().contract()));
      out.add(writer.write(testkit.generator(1000).next(r).value()));
    }
    return out;
  }

  private void judge(int i, Input in, Random r, Path file) {
    Figures f = figures.get(in.kind());
    f.inputs++;
    int before = defects.size();
    String text = in.text() != null ? in.text() : strictUtf8(in.bytes());
    byte[] bytes = in.bytes() != null ? in.bytes()
        : Printable.loneSurrogate(in.text()) < 0 ? in.text().getBytes(StandardCharsets.UTF_8) : null;
    Validation<Seq<DocumentProblem>, LocalHealthContract> fromText = null;
    Validation<Seq<DocumentProblem>, LocalHealthContract> fromBytes = null;
    try {
      if (text != null) {
        fromText = reader.validate(text);
        clear(i, in, fromText, text);
        mapperAgrees(i, in, fromText, "text", () -> mapper.readValue(text, LocalHealthContract.class));
      }
      if (bytes != null) {
        fromBytes = reader.validate(new ByteArrayInputStream(bytes));
        clear(i, in, fromBytes, null);
        if (fromBytes.isValid() || fromBytes.getError().forAll(p -> !p.expected().equals("a UTF-8 document"))) {
          mapperAgrees(i, in, fromBytes, "bytes", () -> mapper.readValue(bytes, LocalHealthContract.class));
        }
      }
    } catch (RuntimeException | Error e) {
      defect(i, in, "reading threw " + e);
      f.defects++;
      return;
    }
    if (fromText != null && fromBytes != null && !text.startsWith("\ufeff")) {
      // bytes of well-formed UTF-8 are read from the bytes themselves, text through the decoding path: the two
      // paths give the same contract, or the same problems (but for bytes refused as another encoding, such as
      // UTF-16 without a byte order mark, whose text is NUL-strewn JSON)
      if (fromText.isValid() != fromBytes.isValid()) {
        defect(i, in, "text " + (fromText.isValid() ? "accepted" : "refused") + ", bytes the other way: "
            + (fromText.isValid() ? fromBytes.getError() : fromText.getError()).head());
      } else if (fromText.isValid() ? !fromText.get().equals(fromBytes.get())
          : fromBytes.getError().forAll(p -> !p.expected().equals("a UTF-8 document"))
          && !fromText.getError().equals(fromBytes.getError())) {
        defect(i, in, "text and bytes read differently: " + (fromText.isValid() ? "two contracts"
            : fromText.getError().head() + " / " + fromBytes.getError().head()));
      }
    }
    Validation<Seq<DocumentProblem>, LocalHealthContract> v = in.bytes() != null ? fromBytes : fromText;
    if (v.isValid()) {
      f.accepted++;
      try {
        roundTrips(i, in, v.get(), file);
        check(i, in, v.get(), r);
        f.checks++;
      } catch (Exception | Error e) {
        defect(i, in, "an accepted document failed: " + e);
      }
    } else {
      f.refused++;
    }
    f.defects += defects.size() - before;
  }

  /** Refusals are clear: problems in the reader's terms, printable, bounded in number and length. */
  private void clear(int i, Input in, Validation<Seq<DocumentProblem>, LocalHealthContract> v, String text) {
    if (v.isValid()) {
      return;
    }
    Seq<DocumentProblem> ps = v.getError();
    if (ps.isEmpty()) {
      defect(i, in, "refused without a problem");
      return;
    }
    for (DocumentProblem p : ps) {
      String shown = p.toString();
      if (!(p.pointer().isEmpty() || p.pointer().startsWith("/")) || p.expected().isBlank() || p.found().isBlank()
          || JAVA.matcher(QUOTED.matcher(shown).replaceAll("\"\"")).find() || Printable.needsEscaping(shown)
          || p.found().length() > MAX_FOUND
          || (p.line() < 1) != (p.column() < 1)) {
        defect(i, in, "an unclear problem: " + shown);
      }
      maxFound = Math.max(maxFound, p.found().length());
    }
    if (text != null) {
      int t = tokens(text);
      maxProblemsPerToken = Math.max(maxProblemsPerToken, ps.size() / (double) (t + 1));
      if (ps.size() > PROBLEMS_PER_TOKEN * (t + 1)) { // {} at the root: 2 tokens, 4 missing fields
        defect(i, in, ps.size() + " problems for " + t + " tokens");
      }
    }
  }

  /** What a mapper is asked to do. */
  interface MapperRead {
    LocalHealthContract read() throws IOException;
  }

  private void mapperAgrees(int i, Input in, Validation<Seq<DocumentProblem>, LocalHealthContract> reader,
      String how, MapperRead read) {
    LocalHealthContract c;
    try {
      c = read.read();
    } catch (DocumentMappingException e) {
      if (reader.isValid()) {
        defect(i, in, "the mapper (" + how + ") refuses what the reader accepts: " + e.problems().get(0));
      } else if (how.equals("text") && !e.problems().equals(reader.getError().asJava())) {
        defect(i, in, "the mapper (text) gives other problems: " + e.problems() + " / " + reader.getError());
      }
      return;
    } catch (JsonProcessingException e) {
      if (reader.isValid()) {
        defect(i, in, "the mapper (" + how + ") refuses what the reader accepts: " + e.getOriginalMessage());
      }
      return;
    } catch (IOException | RuntimeException e) {
      defect(i, in, "the mapper (" + how + ") threw " + e);
      return;
    }
    if (reader.isInvalid()) {
      defect(i, in, "the mapper (" + how + ") accepts what the reader refuses: " + reader.getError().head());
    } else if (!c.equals(reader.get())) {
      defect(i, in, "the mapper (" + how + ") reads another contract");
    }
  }

  private void roundTrips(int i, Input in, LocalHealthContract c, Path file) throws IOException {
    String written = writer.write(c);
    LocalHealthContract again = reader.read(written);
    if (!again.equals(c) || !writer.write(again).equals(written)) {
      defect(i, in, "a string round trip changed the contract");
    }
    writer.write(c, file);
    if (!reader.read(file).equals(c) || !Files.readString(file).equals(written)) {
      defect(i, in, "a file round trip changed the contract");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(c, out);
    if (!out.toString(StandardCharsets.UTF_8).equals(written)) { // the same text, hence the same contract
      defect(i, in, "a stream round trip changed the contract");
    }
    if (!mapper.readValue(mapper.writeValueAsString(c), LocalHealthContract.class).equals(c)) {
      defect(i, in, "a mapper round trip changed the contract");
    }
  }

  /** Checks with one pack (in turn), at a date anywhere in 1900–2200 or near one of the contract's. */
  private void check(int i, Input in, LocalHealthContract c, Random r) {
    String canonical = writer.write(c);
    int elements = count(canonical, '{');
    List<Integer> years = new ArrayList<>();
    Matcher m = YEARS.matcher(canonical);
    while (m.find()) {
      years.add(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)));
    }
    LocalDate date;
    if (years.isEmpty() || r.nextBoolean()) {
      date = FIRST.plusDays(r.nextInt((int) (LAST.toEpochDay() - FIRST.toEpochDay()) + 1));
    } else {
      LocalDate near = LocalDate.of(years.get(r.nextInt(years.size())), 1, 1).plusDays(r.nextInt(365 * 6) - 365 * 3);
      date = near.isBefore(FIRST) ? FIRST : near.isAfter(LAST) ? LAST : near;
    }
    Referentiel pack = packs.get(i % packs.size());
    ConformityReport report = pack.check(c, date);
    int low = Math.min(date.getYear(), years.stream().mapToInt(Integer::intValue).min().orElse(date.getYear()));
    int high = Math.max(date.getYear(), years.stream().mapToInt(Integer::intValue).max().orElse(date.getYear()));
    int span = high - low + 1;
    int n = report.findings().size();
    maxFindings = Math.max(maxFindings, n);
    maxFindingsPerElementYear = Math.max(maxFindingsPerElementYear, n / (double) ((elements + 1) * span));
    if (!report.asOf().equals(date) || n > FINDINGS_PER_ELEMENT_YEAR * (elements + 1) * span) {
      defect(i, in, n + " findings for " + elements + " elements over " + span + " years, " + pack.id() + " at "
          + date);
    }
    for (Finding f : report.findings()) {
      if (f.message(Locale.FRENCH).isBlank() || f.message(Locale.ENGLISH).isBlank()) {
        defect(i, in, "a finding without a message: " + f);
      }
    }
  }

  private int tokens(String text) {
    int n = 0;
    try (JsonParser p = tokens.createParser(text)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        n++;
      }
    } catch (IOException | RuntimeException e) {
      // the tokens up to the error
    }
    return n;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += s.charAt(i) == c ? 1 : 0;
    }
    return n;
  }

  private static String strictUtf8(byte[] b) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private void defect(int i, Input in, String what) {
    String doc = in.text() != null ? in.text() : new String(in.bytes(), StandardCharsets.ISO_8859_1);
    defects.add(Printable.escape("input " + i + " (" + in.what() + "): " + Texts.shorten(what, 600)
        + "\n      document: " + Texts.shorten(doc, 300)));
  }

  private String summary() {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
        "cls-json fuzz: seed %d, %d input(s)%n%-20s %8s %9s %8s %8s %7s%n", SEED, ONLY >= 0 ? 1 : INPUTS, "mutation",
        "inputs", "accepted", "refused", "checks", "defects"));
    Figures all = new Figures();
    figures.forEach((k, f) -> {
      b.append(String.format(Locale.ROOT, "%-20s %8d %9d %8d %8d %7d%n", k, f.inputs, f.accepted, f.refused,
          f.checks, f.defects));
      all.inputs += f.inputs;
      all.accepted += f.accepted;
      all.refused += f.refused;
      all.checks += f.checks;
      all.defects += f.defects;
    });
    b.append(String.format(Locale.ROOT, "%-20s %8d %9d %8d %8d %7d%n", "total", all.inputs, all.accepted,
        all.refused, all.checks, defects.size()));
    b.append(String.format(Locale.ROOT, "max problems per token %.2f (bound %d), max found %d characters (bound %d),"
        + " max findings %d, max findings per element-year %.3f (bound %d)%n", maxProblemsPerToken,
        PROBLEMS_PER_TOKEN, maxFound, MAX_FOUND, maxFindings, maxFindingsPerElementYear, FINDINGS_PER_ELEMENT_YEAR));
    defects.stream().limit(20).forEach(d -> b.append("  ").append(d).append('\n'));
    return b.toString();
  }
}
