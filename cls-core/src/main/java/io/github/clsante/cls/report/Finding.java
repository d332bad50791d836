package io.github.clsante.cls.report;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One thing a référentiel says about a contract at a date (French: <i>constat</i>): which rule (its id is the
 * clause id of the référentiel, e.g. {@code NOR-COPIL-ANNUAL}), how severe, about which element (its id and
 * its JSON Pointer in the canonical JSON form), about which year if the rule is about a year, with the
 * arguments of the message (e.g. {@code held=0, minimum=1}), the sources and quotes of the clause, and the pack
 * that produced it.
 *
 * <p>Embedders should assert on ids, severities, elements, years and arguments, never on message text.
 * Immutable and thread-safe. Equality covers every field but the message renderer.
 *
 * @since 0.1.0
 */
public final class Finding {

  private final String ruleId;
  private final Severity severity;
  private final boolean toDo;
  private final String elementId;
  private final String path;
  private final @Nullable Integer year;
  private final Map<String, Object> arguments;
  private final List<Source> sources;
  private final String pack;
  private final @Nullable LocalDate dueDate;
  private final transient FindingMessages messages;

  /**
   * @param ruleId the rule id (= clause id)
   * @param severity the severity
   * @param toDo whether this is a to-do (« à prévoir ») given before the rule judges
   * @param elementId the id of the element concerned
   * @param path the JSON Pointer of that element in the canonical JSON form
   * @param year the year the finding is about, if the rule is about a year
   * @param arguments the message arguments, in a stable order; values are strings, numbers, booleans or dates
   * @param sources the clause's sources and quotes
   * @param pack the id of the pack that produced it
   * @param messages renders the message
   */
  public Finding(String ruleId, Severity severity, boolean toDo, String elementId, String path,
      Optional<Integer> year, Map<String, ?> arguments, List<Source> sources, String pack,
      FindingMessages messages) {
    this(ruleId, severity, toDo, elementId, path, year, Optional.empty(), arguments, sources, pack, messages);
  }

  /**
   * @param ruleId the rule id (= clause id)
   * @param severity the severity
   * @param toDo whether this is a to-do (« à prévoir ») given before the rule judges
   * @param elementId the id of the element concerned
   * @param path the JSON Pointer of that element in the canonical JSON form
   * @param year the year the finding is about, if the rule is about a year
   * @param dueDate the date by which a to-do is due, where the référentiel implies one; empty otherwise
   * @param arguments the message arguments, in a stable order; values are strings, numbers, booleans or dates
   * @param sources the clause's sources and quotes
   * @param pack the id of the pack that produced it
   * @param messages renders the message
   * @throws IllegalArgumentException when a finding that is not a to-do has a due date
   */
  public Finding(String ruleId, Severity severity, boolean toDo, String elementId, String path,
      Optional<Integer> year, Optional<LocalDate> dueDate, Map<String, ?> arguments, List<Source> sources,
      String pack, FindingMessages messages) {
    this.dueDate = Objects.requireNonNull(dueDate, "dueDate").orElse(null);
    if (this.dueDate != null && !toDo) {
      throw new IllegalArgumentException("dueDate: only a to-do has a due date (" + ruleId + ")");
    }
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.toDo = toDo;
    this.elementId = Objects.requireNonNull(elementId, "elementId");
    this.path = Objects.requireNonNull(path, "path");
    this.year = year.orElse(null);
    this.arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    this.sources = List.copyOf(sources);
    this.pack = Objects.requireNonNull(pack, "pack");
    this.messages = Objects.requireNonNull(messages, "messages");
  }

  /** @return the rule id, which is the clause id of the référentiel */
  public String ruleId() {
    return ruleId;
  }

  /** @return the severity */
  public Severity severity() {
    return severity;
  }

  /** @return whether this is a to-do (« à prévoir »): an {@code INFO} given before the rule judges */
  public boolean isToDo() {
    return toDo;
  }

  /** @return the id of the element concerned (a body, a fiche, a signatory's organisation, the contract) */
  public String elementId() {
    return elementId;
  }

  /** @return the JSON Pointer of the element in the canonical JSON form, e.g. {@code /governance/bodies/0} */
  public String path() {
    return path;
  }

  /** @return the calendar year the finding is about, when the rule is about a year */
  public Optional<Integer> year() {
    return Optional.ofNullable(year);
  }

  /**
   * The date by which a to-do is due, following the référentiel's convention: 30 June of Y+1 for a report or an
   * indicator value of year Y; 31 December for a yearly condition of the year in progress; the planned signature
   * date for what must be done before signature (when the document holds one later than the check date); the
   * end date for the final evaluation. Other to-dos, and findings that are not to-dos, have none.
   *
   * @return the due date, for a to-do that has one
   */
  public Optional<LocalDate> dueDate() {
    return Optional.ofNullable(dueDate);
  }

  /** @return the message arguments by name, in a stable order */
  public Map<String, Object> arguments() {
    return arguments;
  }

  /** @return the clause's sources and quotes */
  public List<Source> sources() {
    return sources;
  }

  /** @return the id of the pack that produced the finding ("socle", "normandie", …) */
  public String pack() {
    return pack;
  }

  /** @return the message in French */
  public String message() {
    return message(Locale.FRENCH);
  }

  /**
   * @param locale the wanted locale (French and English are shipped; others fall back to French)
   * @return the message
   * @throws NullPointerException when {@code locale} is null
   */
  public String message(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return messages.message(this, locale);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Finding f && ruleId.equals(f.ruleId) && severity == f.severity && toDo == f.toDo
        && elementId.equals(f.elementId) && path.equals(f.path) && Objects.equals(year, f.year)
        && Objects.equals(dueDate, f.dueDate) && arguments.equals(f.arguments) && sources.equals(f.sources) && pack.equals(f.pack);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, severity, toDo, elementId, path, year, dueDate, arguments, pack);
  }

  @Override
  public String toString() {
    return io.github.clsante.cls.internal.Printable.escape(severity + " " + ruleId + (toDo ? " (à prévoir)" : "")
        + " " + elementId + " " + path + (year == null ? "" : " " + year)
        + (dueDate == null ? "" : " due " + dueDate) + (arguments.isEmpty() ? "" : " " + arguments));
  }
}
