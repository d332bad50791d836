package org.example.consumer;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Runs the consumer's checks, on the module path or from a shaded jar, and prints what it did: where each cls
 * module runs, the checks' summary, the example's error in French and English, the rendered page. Exits 1 when
 * a check fails.
 */
public final class Main {

  private Main() {}

  /**
   * @param args the path of the Normandie example, then where to write its HTML report (optional)
   */
  public static void main(String[] args) {
    try {
      Consumer.modules().forEach(System.out::println);
      System.out.println(Consumer.run(Path.of(args[0])));
      if (args.length > 1) {
        Consumer.report(Path.of(args[0]), Path.of(args[1])).forEach(System.out::println);
      }
    } catch (RuntimeException | IOException e) {
      System.err.println(e);
      System.exit(1);
    }
  }
}
