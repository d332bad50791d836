package io.github.clsante.cls.portfolio;

import io.github.clsante.cls.agenda.Agenda;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.report.ConformityReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Checks many contracts at once: each against the référentiel of its région unless one is forced, in parallel
 * on a bounded number of threads, sharing one {@link Referentiel} per pack. The result keeps one report per
 * contract in input order, the totals and the portfolio's agenda — never the contracts once checked, so a
 * portfolio of ten thousand needs the memory of a few contracts in flight plus the reports.
 *
 * <pre>{@code
 * PortfolioReport all = Portfolio.asOf(LocalDate.of(2026, 11, 22)).check(contracts);
 * all.notConforming();        // how many have an ERROR
 * all.agenda().dueWithin(90); // what is due across the portfolio in the next 90 days
 * }</pre>
 *
 * <p>A contract that cannot be checked (its région is no région, a third-party pack throws) is captured in its
 * {@link PortfolioEntry#failure()} and the others are still checked. Reading documents is not this class's
 * business: {@link #check(Iterable, Function)} takes sources and a function that opens each (e.g. a file and the
 * JSON reader), run on the worker threads; what it throws (a {@code DocumentException} with its problems) is the
 * entry's failure.
 *
 * <p>A {@code Portfolio} is immutable and thread-safe; each {@code check} is independent.
 *
 * @since 0.1.0
 */
public final class Portfolio {

  private final LocalDate asOf;
  private final ReferentielChoice choice;
  private final int parallelism;
  private final Executor executor;

  private Portfolio(LocalDate asOf, ReferentielChoice choice, int parallelism, Executor executor) {
    this.asOf = asOf;
    this.choice = choice;
    this.parallelism = parallelism;
    this.executor = executor;
  }

  /**
   * A portfolio checked at a date, each contract against the référentiel of its région, on as many threads as
   * there are available processors.
   *
   * @param asOf the check date of every contract
   * @return the portfolio checker
   * @throws NullPointerException when {@code asOf} is null
   */
  public static Portfolio asOf(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return new Portfolio(asOf, ReferentielChoice.byRegion(), Runtime.getRuntime().availableProcessors(), null);
  }

  /**
   * @param choice which référentiel each contract is checked against
   * @return a copy with that choice
   * @throws NullPointerException when {@code choice} is null
   */
  public Portfolio referentiel(ReferentielChoice choice) {
    return new Portfolio(asOf, Objects.requireNonNull(choice, "choice"), parallelism, executor);
  }

  /**
   * @param threads how many contracts are checked at once, at least 1
   * @return a copy with that bound
   * @throws IllegalArgumentException when {@code threads} is less than 1
   */
  public Portfolio parallelism(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads: at least 1, was " + threads);
    }
    return new Portfolio(asOf, choice, threads, executor);
  }

  /**
   * Runs the checks on the embedder's executor instead of threads of the portfolio's own; at most
   * {@link #parallelism(int)} tasks are submitted to it at once.
   *
   * @param executor the executor
   * @return a copy that uses it
   * @throws NullPointerException when {@code executor} is null
   */
  public Portfolio executor(Executor executor) {
    return new Portfolio(asOf, choice, parallelism, Objects.requireNonNull(executor, "executor"));
  }

  /**
   * Checks contracts.
   *
   * @param contracts the contracts, iterated once in the calling thread
   * @return the portfolio's report, entries in input order (the source of each is its contract id)
   * @throws NullPointerException when {@code contracts} is null or yields null
   */
  public PortfolioReport check(Iterable<LocalHealthContract> contracts) {
    Objects.requireNonNull(contracts, "contracts");
    return check(contracts, c -> Objects.requireNonNull(c, "contracts yields null"), LocalHealthContract::id);
  }

  /**
   * Checks contracts made from sources (e.g. files), opening each on a worker thread.
   *
   * @param sources the sources, iterated once in the calling thread; each is named by {@code toString()}
   * @param open makes the contract of a source; what it throws is that entry's failure
   * @param <T> the type of the sources
   * @return the portfolio's report, entries in input order
   * @throws NullPointerException when an argument is null or {@code sources} yields null
   */
  public <T> PortfolioReport check(Iterable<? extends T> sources, Function<? super T, LocalHealthContract> open) {
    Objects.requireNonNull(sources, "sources");
    Objects.requireNonNull(open, "open");
    return check(sources, open, String::valueOf);
  }

  private <T> PortfolioReport check(Iterable<? extends T> sources, Function<? super T, LocalHealthContract> open,
      Function<? super T, String> name) {
    ExecutorService own = executor == null ? Executors.newFixedThreadPool(parallelism, new Workers()) : null;
    Executor run = own != null ? own : executor;
    Semaphore inFlight = new Semaphore(parallelism);
    List<CompletableFuture<PortfolioEntry>> futures = new ArrayList<>();
    try {
      Iterator<? extends T> it = sources.iterator();
      int index = 0;
      while (it.hasNext()) {
        T source = Objects.requireNonNull(it.next(), "sources yields null");
        int i = index++;
        inFlight.acquireUninterruptibly();
        CompletableFuture<PortfolioEntry> f = new CompletableFuture<>();
        futures.add(f);
        try {
          run.execute(() -> {
            try {
              f.complete(one(i, source, open, name));
            } catch (Throwable t) {
              f.completeExceptionally(t);
            } finally {
              inFlight.release();
            }
          });
        } catch (RuntimeException rejected) {
          inFlight.release();
          throw rejected;
        }
      }
      List<PortfolioEntry> entries = new ArrayList<>(futures.size());
      for (CompletableFuture<PortfolioEntry> f : futures) {
        entries.add(join(f));
      }
      return new PortfolioReport(asOf, entries);
    } finally {
      if (own != null) {
        own.shutdownNow();
      }
    }
  }

  private <T> PortfolioEntry one(int index, T source, Function<? super T, LocalHealthContract> open,
      Function<? super T, String> name) {
    String label = name.apply(source);
    LocalHealthContract contract;
    try {
      contract = open.apply(source);
      Objects.requireNonNull(contract, "open returned null");
    } catch (RuntimeException | StackOverflowError e) {
      return failed(index, label, null, e);
    }
    try {
      Referentiel r = choice.referentielFor(contract);
      ConformityReport report = r.check(contract, asOf);
      return new PortfolioEntry(index, label, Optional.of(contract.id()), Optional.of(contract.name()),
          Optional.of(contract.region()), Optional.of(report), Optional.of(Agenda.of(report, contract)),
          Optional.empty());
    } catch (RuntimeException | StackOverflowError e) {
      return failed(index, label, contract, e);
    }
  }

  private static PortfolioEntry failed(int index, String label, LocalHealthContract c, Throwable e) {
    return new PortfolioEntry(index, label, Optional.ofNullable(c).map(LocalHealthContract::id),
        Optional.ofNullable(c).map(LocalHealthContract::name), Optional.ofNullable(c).map(LocalHealthContract::region),
        Optional.empty(), Optional.empty(), Optional.of(e));
  }

  private static PortfolioEntry join(CompletableFuture<PortfolioEntry> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while checking the portfolio", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("a portfolio check failed unexpectedly", cause);
    }
  }

  /** Daemon worker threads, named for thread dumps. */
  private static final class Workers implements ThreadFactory {
    private static final AtomicInteger POOL = new AtomicInteger();
    private final int pool = POOL.incrementAndGet();
    private final AtomicInteger n = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "cls-portfolio-" + pool + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }
}
