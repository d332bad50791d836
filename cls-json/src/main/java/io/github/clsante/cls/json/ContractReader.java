package io.github.clsante.cls.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.github.clsante.cls.model.InvalidContractException;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.ModelProblem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads cls/1 JSON documents into {@link LocalHealthContract}s. A document is data: it is never evaluated, and
 * no type information in it is ever honoured.
 *
 * <p>Reading is bounded: at most {@value #MAX_DOCUMENT_LENGTH} characters, {@value TreeReader#MAX_DEPTH} levels
 * of nesting, {@value #MAX_STRING_LENGTH} characters per string, {@value #MAX_NAME_LENGTH} per field name and
 * {@value #MAX_NUMBER_LENGTH} per number; past a bound, reading stops with a problem. Every problem of a
 * document is reported in one pass: the text's own (syntax, truncation, bounds, encoding) first, else its
 * structure's (wrong JSON types, unknown enum constants, missing required fields, malformed dates and
 * identifiers, unknown fields, lone surrogates — all of them), else, once the structure is sound, what the model
 * finds meaningless (duplicate ids, unknown references, year bounds, inverted periods). Each problem has the JSON
 * Pointer of the value, the line and column where its token starts, what was expected and what was found, in
 * the reader's terms (never a Java exception's).
 *
 * <p>Byte input is strict UTF-8: a leading byte order mark is skipped; UTF-16, UTF-32 and ill-formed UTF-8
 * (stray bytes, overlong forms, encoded surrogates, a sequence cut by the end) are refused with the bytes found
 * and where. Text input (a {@link String} or {@link Reader}) must not start with U+FEFF. A string holding a lone
 * surrogate (e.g. {@code "\ud800"}), which no UTF-8 document can hold, is refused at its pointer. The reader
 * never closes an {@link InputStream} or {@link Reader} it is given; it closes the files it opens.
 *
 * <p>Byte input (a file or a stream) of up to 4 MiB is read whole into memory first, larger input a few
 * kilobytes at a time. A whole input of well-formed UTF-8 is parsed from its bytes; should it have any problem,
 * it is read again through the decoding that locates every problem, so the problems are those text input
 * gets, and reading at most doubles.
 *
 * <p>Immutable and thread-safe: share one instance, e.g. {@link ClsJson#reader()}.
 *
 * @since 0.1.0
 */
public final class ContractReader {

  /**
   * Byte input of at most this many bytes is read whole first; see {@link #readWellFormed}. Larger input is read
   * as a stream, holding a few kilobytes at a time.
   */
  static final int WHOLE_INPUT = 4 << 20;

  /** The longest string a document may hold, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;
  /** The longest document, in characters. */
  public static final long MAX_DOCUMENT_LENGTH = 16_000_000L;
  /** The deepest nesting of objects and arrays a document may have. */
  public static final int MAX_NESTING_DEPTH = TreeReader.MAX_DEPTH;
  /** The longest field name, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;
  /** The longest number, in characters as written. */
  public static final int MAX_NUMBER_LENGTH = 1_000;

  private final JsonFactory factory;

  ContractReader() {
    this.factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .build())
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
  }

  /**
   * @param path a UTF-8 JSON file
   * @return the contract it holds
   * @throws DocumentException with every problem, when the file cannot be read or is not a readable contract
   */
  public LocalHealthContract read(Path path) {
    return orThrow(validate(path));
  }

  /**
   * @param in UTF-8 JSON bytes; read to the end of the document, not closed
   * @return the contract it holds
   * @throws DocumentException with every problem, when the input is not a readable contract
   */
  public LocalHealthContract read(InputStream in) {
    return orThrow(validate(in));
  }

  /**
   * @param reader JSON text; read to the end of the document, not closed
   * @return the contract it holds
   * @throws DocumentException with every problem, when the input is not a readable contract
   */
  public LocalHealthContract read(Reader reader) {
    return orThrow(validate(reader));
  }

  /**
   * @param json JSON text
   * @return the contract it holds
   * @throws DocumentException with every problem, when the text is not a readable contract
   */
  public LocalHealthContract read(String json) {
    return orThrow(validate(json));
  }

  /**
   * @param path a UTF-8 JSON file
   * @return the contract, or every problem found
   */
  public Validation<Seq<DocumentProblem>, LocalHealthContract> validate(Path path) {
    Objects.requireNonNull(path, "path");
    if (Files.isDirectory(path)) {
      return invalid(new DocumentProblem("", -1, -1, "a readable file", "a directory, " + path));
    }
    try (InputStream in = Files.newInputStream(path)) {
      return validate(in);
    } catch (NoSuchFileException e) {
      return invalid(new DocumentProblem("", -1, -1, "a readable file", "no file " + path));
    } catch (AccessDeniedException e) {
      return invalid(new DocumentProblem("", -1, -1, "a readable file", "a file it may not read, " + path));
    } catch (IOException e) {
      return invalid(new DocumentProblem("", -1, -1, "a readable file", "a file that could not be read, " + path
          + (e.getMessage() == null || e.getMessage().equals(path.toString()) ? ""
          : " (" + Texts.shorten(e.getMessage()) + ")")));
    }
  }

  /**
   * @param in UTF-8 JSON bytes (a leading byte order mark is skipped); read to the end of the document, not
   *     closed
   * @return the contract, or every problem found
   */
  public Validation<Seq<DocumentProblem>, LocalHealthContract> validate(InputStream in) {
    Objects.requireNonNull(in, "in");
    Head head = Head.read(in, WHOLE_INPUT);
    if (head.complete) {
      LocalHealthContract c = readWellFormed(head.bytes, head.length);
      if (c != null) {
        return Validation.valid(c);
      }
    }
    return readText(new Utf8Input(head.replay(in)));
  }

  /**
   * Reads a document of well-formed UTF-8 from its bytes, without the decoding and the line and column counting
   * that only a problem needs: the parser decodes as it goes (issue #16: under the launcher's first-tier
   * compiler, decoding and positions were about a third of reading a valid document).
   *
   * @return the contract, or null when the document has a problem, is not well-formed UTF-8 or starts in a way
   *     the decoding path has more to say about (another encoding, a second byte order mark): that path then
   *     reads it again and reports the problems, so they are the same whichever path came first
   */
  private @Nullable LocalHealthContract readWellFormed(byte[] b, int length) {
    for (int i = 0; i < Math.min(4, length); i++) {
      if (b[i] == 0) {
        return null; // UTF-16 or UTF-32, or text starting with NUL
      }
    }
    int start = bom(b, 0, length) ? 3 : 0;
    if (bom(b, start, length) || !Utf8Input.wellFormed(b, start, length)) {
      return null;
    }
    List<DocumentProblem> problems = new ArrayList<>();
    try (JsonParser p = factory.createParser(b, start, length - start)) {
      Node root = TreeReader.readDocument(p, problems, false);
      if (root == null || !problems.isEmpty()) {
        return null;
      }
      LocalHealthContract c = map(root, problems);
      return problems.isEmpty() ? c : null;
    } catch (IOException e) {
      return null; // closing a parser of bytes: the decoding path reads the document again
    }
  }

  private static boolean bom(byte[] b, int at, int length) {
    return length - at >= 3 && b[at] == (byte) 0xEF && b[at + 1] == (byte) 0xBB && b[at + 2] == (byte) 0xBF;
  }

  /** The first bytes of an input: all of them, or as many as a bound allows, or those read before a failure. */
  private static final class Head {
    byte[] bytes = new byte[8192];
    int length;
    /** Whether {@link #bytes} hold the whole input. */
    boolean complete;
    /** What the stream threw, if it did: an {@code IOException} or a {@code RuntimeException}. */
    @Nullable Exception failure;

    static Head read(InputStream in, int max) {
      Head h = new Head();
      try {
        for (;;) {
          if (h.length == h.bytes.length) {
            if (h.length > max) {
              return h; // more than max: the rest stays in the stream
            }
            h.bytes = Arrays.copyOf(h.bytes, (int) Math.min(2L * h.bytes.length, max + 1L));
          }
          int n = in.read(h.bytes, h.length, h.bytes.length - h.length);
          if (n < 0) {
            h.complete = true;
            return h;
          }
          h.length += n;
        }
      } catch (IOException | RuntimeException e) {
        h.failure = e; // thrown again where the decoding path meets it, which turns it into a problem
        return h;
      }
    }

    /** @return the same input again: these bytes, then the rest of {@code in}, or the failure where it came */
    InputStream replay(InputStream in) {
      InputStream read = new ByteArrayInputStream(bytes, 0, length);
      if (failure != null) {
        Exception e = failure;
        return new SequenceInputStream(read, new InputStream() {
          @Override
          public int read() throws IOException {
            if (e instanceof IOException io) {
              throw io;
            }
            throw (RuntimeException) e;
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            return read();
          }
        });
      }
      return complete ? read : new SequenceInputStream(read, in);
    }
  }

  /**
   * @param reader JSON text, not starting with a byte order mark; read to the end of the document, not closed
   * @return the contract, or every problem found
   */
  public Validation<Seq<DocumentProblem>, LocalHealthContract> validate(Reader reader) {
    Objects.requireNonNull(reader, "reader");
    return readText(reader);
  }

  private Validation<Seq<DocumentProblem>, LocalHealthContract> readText(Reader reader) {
    List<DocumentProblem> problems = new ArrayList<>();
    LocalHealthContract c = null;
    try (JsonParser p = factory.createParser(refuseBom(reader))) {
      Node root = TreeReader.readDocument(p, problems);
      if (root != null) {
        c = map(root, problems);
      }
    } catch (Utf8Input.NotUtf8 e) {
      problems.add(e.problem(""));
    } catch (ByteOrderMark e) {
      problems.add(new DocumentProblem("", 1, 1, "a JSON object (a cls/1 document)",
          "the character U+FEFF, a byte order mark left in text already decoded"));
    } catch (IOException e) {
      problems.add(new DocumentProblem("", -1, -1, "a readable input", "an input that failed while being read"
          + (e.getMessage() == null ? "" : " (" + Texts.shorten(e.getMessage()) + ")")));
    }
    return problems.isEmpty() && c != null ? Validation.valid(c)
        : Validation.invalid(io.vavr.collection.List.ofAll(problems));
  }

  /**
   * @param json JSON text
   * @return the contract, or every problem found
   */
  public Validation<Seq<DocumentProblem>, LocalHealthContract> validate(String json) {
    Objects.requireNonNull(json, "json");
    return validate(new StringReader(json));
  }

  /**
   * @return the reader, unchanged in what it gives
   * @throws ByteOrderMark when the text starts with U+FEFF: a byte order mark belongs to bytes, and JSON text
   *     decoded with it kept is not JSON (a mapper refuses it too)
   */
  private static Reader refuseBom(Reader r) throws IOException {
    PushbackReader p = new PushbackReader(r, 1);
    int c = p.read();
    if (c == '\uFEFF') {
      throw new ByteOrderMark();
    }
    if (c >= 0) {
      p.unread(c);
    }
    return p;
  }

  /** Text starts with U+FEFF. */
  private static final class ByteOrderMark extends IOException {
    private static final long serialVersionUID = 1L;
  }

  private static Validation<Seq<DocumentProblem>, LocalHealthContract> invalid(DocumentProblem p) {
    return Validation.invalid(io.vavr.collection.List.of(p));
  }

  private static LocalHealthContract orThrow(Validation<Seq<DocumentProblem>, LocalHealthContract> v) {
    if (v.isInvalid()) {
      throw new DocumentException(v.getError().asJava());
    }
    return v.get();
  }

  /**
   * Maps a document tree to a contract, recording every problem.
   *
   * @return the contract, or null when there are problems
   */
  static @Nullable LocalHealthContract map(Node root, List<DocumentProblem> problems) {
    Reading r = new Reading(problems);
    if (root.type != Node.Type.OBJECT) {
      r.problem(Pointer.ROOT, root, "a JSON object (a " + Model.FORMAT + " document)", root.describe());
      return null;
    }
    Node format = root.fields.get("format");
    if (format == null) {
      r.problem(Pointer.ROOT.field("format"), root, "the required field \"format\" (\"" + Model.FORMAT + "\")",
          "no such field");
    } else if (format.type != Node.Type.STRING || !Model.FORMAT.equals(format.text)) {
      r.problem(Pointer.ROOT.field("format"), format, "\"" + Model.FORMAT + "\"", format.describe());
    }
    Object v;
    try {
      v = Model.CONTRACT.read(root, Pointer.ROOT, r, "format");
    } catch (InvalidContractException e) {
      for (ModelProblem mp : e.problems()) {
        Node at = root.locate(mp.path());
        problems.add(new DocumentProblem(mp.path(), at.line, at.column, mp.expected(),
            Texts.shorten(mp.found(), Texts.MAX_FOUND)));
      }
      return null;
    }
    return v == Kind.FAIL || !problems.isEmpty() ? null : (LocalHealthContract) v;
  }
}
