package io.github.clsante.cls.cli;

import io.github.clsante.cls.internal.Printable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A usage error (what picocli could not parse) said in the language of the command line: what is wrong, in one
 * line built from the exception's structured parts (the argument, the option, the value, what is allowed), then
 * the suggestions or where to find help. picocli's own English message is never printed; the arguments the user
 * typed are escaped ({@link Printable}). Stateless.
 */
final class UsageErrors {

  private static final Pattern OPTION_NAME = Pattern.compile("--?[A-Za-z][A-Za-z0-9-]*");

  private UsageErrors() {}

  /**
   * @param ex what picocli could not parse
   * @param lang the language of the command line
   * @return the lines for stderr
   */
  static List<String> lines(CommandLine.ParameterException ex, Lang lang) {
    Labels l = new Labels(lang);
    CommandLine line = ex.getCommandLine();
    String command = line.getCommandSpec().qualifiedName();
    List<String> out = new ArrayList<>();
    out.add(Printable.escape(what(ex, l)));
    List<String> suggestions = ex instanceof CommandLine.UnmatchedArgumentException u ? u.getSuggestions()
        : List.of();
    if (!suggestions.isEmpty()) {
      out.add(Printable.escape(l.get("usage.suggestions", String.join(", ", suggestions))));
    }
    out.add(l.get("usage.help", command));
    return out;
  }

  private static String what(CommandLine.ParameterException ex, Labels l) {
    if (ex instanceof CommandLine.UnmatchedArgumentException u) {
      List<String> unmatched = u.getUnmatched();
      String first = unmatched.isEmpty() ? "" : unmatched.get(0);
      return u.isUnknownOption() ? l.get("usage.unknownOption", first)
          : l.get("usage.unmatched", String.join(" ", unmatched));
    }
    if (ex instanceof CommandLine.MissingParameterException m) {
      List<String> missing = new ArrayList<>();
      for (ArgSpec a : m.getMissing()) {
        missing.add(name(a));
      }
      return l.get("usage.missing", String.join(", ", missing));
    }
    if (ex instanceof CommandLine.OverwrittenOptionException o) {
      return l.get("usage.twice", o.getOverwritten() == null ? "?" : name(o.getOverwritten()));
    }
    if (ex instanceof CommandLine.MutuallyExclusiveArgsException) {
      Set<String> names = new LinkedHashSet<>();
      Matcher mt = OPTION_NAME.matcher(String.valueOf(ex.getMessage()));
      while (mt.find()) {
        names.add(mt.group());
      }
      return l.get("usage.exclusive", String.join(", ", names));
    }
    if (ex instanceof CommandLine.MaxValuesExceededException) {
      return l.get("usage.tooMany");
    }
    if (ex.getArgSpec() != null && ex.getValue() != null) {
      ArgSpec a = ex.getArgSpec();
      Iterable<String> candidates = a.completionCandidates();
      List<String> allowed = new ArrayList<>();
      if (candidates != null) {
        candidates.forEach(allowed::add);
      }
      String expected = !allowed.isEmpty() ? String.join(", ", allowed)
          : a.paramLabel().equals("DATE") ? l.get("usage.date") : a.paramLabel();
      return l.get("usage.invalid", ex.getValue(), name(a), expected);
    }
    return l.get("usage.other");
  }

  /** @return how the user names an argument: an option's longest name, a positional parameter's label */
  private static String name(ArgSpec a) {
    if (a instanceof OptionSpec o) {
      return o.longestName();
    }
    return a instanceof PositionalParamSpec p ? p.paramLabel() : a.paramLabel();
  }
}
