package io.github.pmkb.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The one place the CLI reads the wall clock; {@code SOURCE_DATE_EPOCH} pins it for reproducibility. */
final class Clock {
  private Clock() {}

  static LocalDate today() {
    String epoch = System.getenv("SOURCE_DATE_EPOCH");
    if (epoch != null && epoch.matches("\\d{1,12}")) {
      return LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(epoch)), ZoneOffset.UTC);
    }
    return LocalDate.now(ZoneOffset.UTC);
  }
}
