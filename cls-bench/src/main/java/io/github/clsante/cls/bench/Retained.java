package io.github.clsante.cls.bench;

import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.rules.internal.DroolsReferentiel;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;

/**
 * Heap retained by the loaded packs (normandie + occitanie, the socle shared), in a fresh JVM: GC, used heap,
 * load, GC, used heap. {@code precompiled} (shaded jar) or {@code naive} (DRL compiled at run time).
 */
public final class Retained {

  private static volatile List<Object> keep;

  private Retained() {}

  /**
   * @param args {@code precompiled|naive}
   * @throws InterruptedException when interrupted
   */
  public static void main(String[] args) throws InterruptedException {
    MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
    long before = settle(mem);
    int rules;
    if (args[0].equals("precompiled")) {
      Referentiel n = Referentiels.byId("normandie");
      Referentiel o = Referentiels.byId("occitanie");
      rules = ((DroolsReferentiel) n).ruleCount() + ((DroolsReferentiel) o).ruleCount();
      keep = List.of(n, o);
    } else {
      NaiveReferentiel n = NaiveReferentiel.normandie();
      NaiveReferentiel o = NaiveReferentiel.occitanie();
      rules = n.ruleCount() + o.ruleCount();
      keep = List.of(n, o);
    }
    long after = settle(mem);
    System.out.println("RETAINED bytes=" + (after - before) + " rules=" + rules + " packs=" + keep.size());
  }

  private static long settle(MemoryMXBean mem) throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(50);
      used = Math.min(used, mem.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
