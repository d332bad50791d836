package io.github.clsante.cls.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.clsante.cls.internal.Printable;
import io.github.clsante.cls.json.ClsJson;
import io.github.clsante.cls.json.ContractReader;
import io.github.clsante.cls.json.DocumentException;
import io.github.clsante.cls.json.DocumentProblem;
import io.github.clsante.cls.model.LocalHealthContract;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The documents that the FILE arguments of a command name: files, folders and {@code -} (standard input),
 * expanded into {@linkplain Source sources} in a stable order, with the means to open each. Shared by the
 * commands that take several contracts ({@code check}; {@code agenda} is meant to adopt it).
 *
 * <ul>
 *   <li>A file (or anything that is not a folder, a missing path included) is one source, read whatever its
 *       name; a missing or unreadable one is an unreadable document, with its problem.
 *   <li>{@code -} is standard input, named {@value #STDIN}; it may be given once.
 *   <li>A folder is every {@code *.json} file in it (any case), recursively, sorted by relative path (name by
 *       name); names starting with {@code .} (hidden files and folders) are skipped; symbolic links to folders
 *       are not followed. A JSON file whose top-level {@code "format"} is not {@code "cls/1"} (a saved report, a
 *       {@code package.json}) is skipped with a one-line note; a file that is not JSON at all is kept, to be
 *       reported as an unreadable document. A folder that yields no document is an error.
 * </ul>
 *
 * <p>One argument that is not a folder gives the single-contract form; a folder, or more than one argument,
 * the portfolio form ({@link #isPortfolio()}). An instance is immutable; {@link #open} may be called from any
 * thread (standard input once only).
 */
final class Inputs {

  /** The name of standard input as a source. */
  static final String STDIN = "<stdin>";

  /** Cheap look at a file's top-level {@code "format"}: same bounds as the reader, no tree built. */
  private static final JsonFactory SNIFF = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(ContractReader.MAX_NESTING_DEPTH)
          .maxStringLength(ContractReader.MAX_STRING_LENGTH)
          .maxDocumentLength(ContractReader.MAX_DOCUMENT_LENGTH)
          .build())
      .build();

  /** Compares relative paths name by name, so that a folder's files stay together. */
  private static final Comparator<Path> BY_RELATIVE_PATH = (a, b) -> {
    int n = Math.min(a.getNameCount(), b.getNameCount());
    for (int i = 0; i < n; i++) {
      int c = a.getName(i).toString().compareTo(b.getName(i).toString());
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.getNameCount(), b.getNameCount());
  };

  /**
   * One document to read.
   *
   * @param index its position among the sources, from 0
   * @param name how it is shown: the file name as given, or as found under a folder given, or {@value #STDIN}
   * @param path the file; null for standard input
   */
  record Source(int index, String name, @Nullable Path path) {

    /** @return whether this is standard input */
    boolean isStdin() {
      return path == null;
    }

    /** @return the name: a portfolio entry's source */
    @Override
    public String toString() {
      return name;
    }
  }

  private final List<Source> sources;
  private final boolean portfolio;
  private final List<String> errors;

  private Inputs(List<Source> sources, boolean portfolio, List<String> errors) {
    this.sources = List.copyOf(sources);
    this.portfolio = portfolio;
    this.errors = List.copyOf(errors);
  }

  /**
   * Expands the arguments.
   *
   * @param args the FILE arguments, at least one
   * @param lang the language of the notes and errors
   * @param note where a one-line note goes (a JSON file skipped for its format)
   * @return the sources, in argument order, each folder's sorted
   */
  static Inputs expand(List<String> args, Lang lang, Consumer<String> note) {
    Labels l = new Labels(lang);
    List<Source> out = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    boolean folder = false;
    boolean stdin = false;
    for (String arg : args) {
      if (arg.equals("-")) {
        if (stdin) {
          errors.add(l.get("inputs.stdinTwice"));
        } else {
          stdin = true;
          out.add(new Source(out.size(), STDIN, null));
        }
        continue;
      }
      Path p = Path.of(arg);
      if (!Files.isDirectory(p)) {
        out.add(new Source(out.size(), arg, p));
        continue;
      }
      folder = true;
      int before = out.size();
      try {
        for (Path rel : walk(p)) {
          Path file = p.resolve(rel);
          String name = file.toString();
          Optional<String> other = otherFormat(file);
          if (other.isPresent()) {
            note.accept(other.get().isEmpty() ? l.get("inputs.skipped.noFormat", Printable.escape(name))
                : l.get("inputs.skipped", Printable.escape(name), Printable.escape(other.get())));
          } else {
            out.add(new Source(out.size(), name, file));
          }
        }
      } catch (IOException e) {
        errors.add(l.get("inputs.folderUnreadable", Printable.escape(arg),
            Printable.escape(e.getClass().getSimpleName() + ": " + e.getMessage())));
        continue;
      }
      if (out.size() == before) {
        errors.add(l.get("inputs.empty", Printable.escape(arg)));
      }
    }
    return new Inputs(out, folder || args.size() > 1, errors);
  }

  /** @return the sources, in order */
  List<Source> sources() {
    return sources;
  }

  /** @return whether the arguments call for the portfolio form: a folder, or more than one argument */
  boolean isPortfolio() {
    return portfolio;
  }

  /**
   * @return the arguments that gave no source, each as one line for stderr (a folder with no document in it,
   *     standard input named twice, a folder that cannot be listed); any makes the command's status 2
   */
  List<String> errors() {
    return errors;
  }

  /**
   * Reads a source's contract.
   *
   * @param source one of {@link #sources()}
   * @param stdin standard input
   * @return the contract
   * @throws DocumentException with every problem, when the source is not a readable contract (a missing file or
   *     one that is not a regular file is one problem at the document's root)
   */
  static LocalHealthContract open(Source source, InputStream stdin) {
    if (source.isStdin()) {
      return ClsJson.reader().read(stdin);
    }
    Path p = source.path();
    if (!Files.exists(p)) {
      throw new DocumentException(List.of(new DocumentProblem("", -1, -1, "a readable file", "no such file")));
    }
    if (!Files.isRegularFile(p)) {
      throw new DocumentException(List.of(new DocumentProblem("", -1, -1, "a regular file",
          Files.isDirectory(p) ? "a folder" : "a special file")));
    }
    return ClsJson.reader().read(p);
  }

  /**
   * The lines that say why a document is unreadable, as {@code check FILE} prints them: one per problem, then a
   * closing line; every part from the document or the file system escaped.
   *
   * @param name the source's name
   * @param problems its problems
   * @param lang the language of the lines
   * @return the lines for stderr
   */
  static List<String> problemLines(String name, List<DocumentProblem> problems, Lang lang) {
    String shown = Printable.escape(name);
    Labels l = new Labels(lang);
    List<String> lines = new ArrayList<>();
    for (DocumentProblem p : problems) {
      lines.add(shown + l.get("colon") + Problems.line(p, lang));
    }
    lines.add(l.get(problems.size() == 1 ? "document.unreadable.one" : "document.unreadable", shown,
        problems.size()));
    return lines;
  }

  /** The {@code *.json} files under a folder, relative to it, sorted; hidden names and linked folders left out. */
  private static List<Path> walk(Path root) throws IOException {
    List<Path> found = new ArrayList<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (hidden(file) || !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
          return FileVisitResult.CONTINUE;
        }
        // not following links: a link to a folder is seen here, as a link, and left out; a link to a file is kept
        if (attrs.isRegularFile() || attrs.isSymbolicLink() && !Files.isDirectory(file)) {
          found.add(root.relativize(file));
        } else if (attrs.isOther()) {
          found.add(root.relativize(file)); // a special file: kept, reported as not a regular file
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
        throw e;
      }
    });
    found.sort(BY_RELATIVE_PATH);
    return found;
  }

  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  /**
   * A cheap streaming look at a file's top level.
   *
   * @return empty when the file is to be read as a contract (its {@code "format"} is {@code "cls/1"}, or it is
   *     not well-formed JSON, or it cannot be read: the reader will say why); else the other format it
   *     declares, {@code ""} when it is well-formed JSON without a top-level {@code "format"} string
   */
  static Optional<String> otherFormat(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (InputStream in = Files.newInputStream(file); JsonParser p = SNIFF.createParser(in)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return Optional.empty(); // empty: an unreadable document
      }
      if (t != JsonToken.START_OBJECT) {
        p.skipChildren();
        return p.nextToken() == null ? Optional.of("") : Optional.empty();
      }
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken v = p.nextToken();
        if (field.equals("format")) {
          if (v == JsonToken.VALUE_STRING && p.getText().equals(ClsJson.FORMAT)) {
            return Optional.empty();
          }
          String shown = v == JsonToken.VALUE_STRING ? "\"" + p.getText() + "\"" : p.getText();
          return Optional.of(shown.length() > 40 ? shown.substring(0, 39) + "…" : shown);
        }
        p.skipChildren();
      }
      return t == JsonToken.END_OBJECT && p.nextToken() == null ? Optional.of("") : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // not JSON, or not readable: the reader reports its problems
    }
  }
}
