package org.example.consumer;

import java.nio.file.Path;

/** Runs the consumer's checks from a shaded jar; exits 1 when one fails. */
public final class Main {

  private Main() {}

  /**
   * @param args the path of the Normandie example
   */
  public static void main(String[] args) {
    try {
      System.out.println(Consumer.run(Path.of(args[0])));
    } catch (RuntimeException e) {
      System.err.println(e);
      System.exit(1);
    }
  }
}
