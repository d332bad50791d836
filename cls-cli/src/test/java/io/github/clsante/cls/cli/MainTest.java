package io.github.clsante.cls.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import org.junit.jupiter.api.Test;

/** An error escaping a command never exits 0 (conforming) or 1 (an ERROR finding): the job was not done. */
class MainTest {

  @Command(name = "oom")
  static final class OutOfMemory implements Callable<Integer> {
    @CommandLine.Option(names = "--lang")
    String lang;

    @Override
    public Integer call() {
      throw new OutOfMemoryError("Java heap space");
    }
  }

  @Command(name = "stack")
  static final class Overflow implements Callable<Integer> {
    @CommandLine.Option(names = "--lang")
    String lang;

    @Override
    public Integer call() {
      throw new StackOverflowError();
    }
  }

  @Test
  void anOutOfMemoryErrorIsExit2WithOneLine() {
    StringWriter err = new StringWriter();
    int status = Main.run(new CommandLine(new OutOfMemory()), new String[0], new PrintWriter(err, true));
    assertThat(status).isEqualTo(Main.FAILED);
    assertThat(err.toString().lines()).singleElement().asString().startsWith("cls : mémoire insuffisante");
    StringWriter en = new StringWriter();
    Main.run(new CommandLine(new OutOfMemory()), new String[] {"--lang", "en"}, new PrintWriter(en, true));
    assertThat(en.toString().lines()).singleElement().asString().startsWith("cls: out of memory");
  }

  @Test
  void anyOtherErrorIsExit2NamingIt() {
    StringWriter err = new StringWriter();
    int status = Main.run(new CommandLine(new Overflow()), new String[0], new PrintWriter(err, true));
    assertThat(status).isEqualTo(Main.FAILED);
    assertThat(err.toString()).startsWith("cls : erreur interne").contains("StackOverflowError");
    StringWriter en = new StringWriter();
    Main.run(new CommandLine(new Overflow()), new String[] {"--lang=en"}, new PrintWriter(en, true));
    assertThat(en.toString()).startsWith("cls: internal error").contains("StackOverflowError");
  }
}
