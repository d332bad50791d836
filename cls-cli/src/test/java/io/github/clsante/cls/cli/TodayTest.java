package io.github.clsante.cls.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.region.Region;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** {@link Today} reads the same date as {@code java.time} does, around midnight and the changes of time. */
class TodayTest {

  @Test
  void theDateIsJavaTimesInEveryRegionAroundMidnightAndTheChangesOfTime() {
    String[] instants = {"2026-03-29T00:59:59Z", "2026-03-29T01:00:00Z", "2026-03-28T22:59:59Z",
        "2026-03-28T23:00:00Z", "2026-10-24T21:59:59Z", "2026-10-24T22:00:00Z", "2026-10-25T22:59:59Z",
        "2026-10-25T23:00:00Z", "2026-12-31T22:59:59Z", "2026-12-31T23:00:00Z", "2027-01-01T03:59:59Z",
        "2027-01-01T04:00:00Z", "2026-06-30T19:59:59Z", "2026-06-30T20:00:00Z", "1969-12-31T23:30:00Z"};
    for (Region r : Region.values()) {
      for (String i : instants) {
        long ms = Instant.parse(i).toEpochMilli();
        assertThat(Today.at(r.zoneId(), ms)).as(r + " at " + i)
            .isEqualTo(Instant.parse(i).atZone(ZoneId.of(r.zoneId())).toLocalDate());
      }
    }
  }

  @Test
  void aContractOfNoKnownRegionIsDatedInParis() {
    assertThat(Today.DEFAULT_ZONE).isEqualTo("Europe/Paris");
    long ms = Instant.parse("2026-12-31T23:30:00Z").toEpochMilli();
    assertThat(Today.at(Today.DEFAULT_ZONE, ms)).hasToString("2027-01-01");
  }
}
