package io.github.pmkb.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

/**
 * A corpus written from templates of this repository (services, causes and filler words drawn at
 * random), for tests that need more postmortems than the fixtures hold on machines without the
 * shared generator.
 */
public final class FixtureCorpus {
  private FixtureCorpus() {}

  private static final String[] SERVICES = {"billing", "checkout", "search", "login", "payments", "ingest", "mailer"};
  private static final String[] CAUSES = {"memory leak", "expired certificate", "bad deploy", "dns change",
      "disk full", "connection pool exhaustion", "config push"};
  private static final String[] WORDS = {"latency", "queue", "retries", "pods", "rollback", "alert", "replica",
      "cache", "timeout", "throttling", "failover", "heap", "traffic", "errors", "capacity", "network"};

  /** {@code count} postmortems under {@code root}, with the site.properties that builds them. */
  public static void write(Path root, int count, Random r) throws IOException {
    StringBuilder files = new StringBuilder("-- site.properties --\nsite.title=Fixture\nsite.baseurl=/\ntheme=default\n"
        + "content.folder=content\n");
    for (int i = 0; i < count; i++) {
      String svc = SERVICES[r.nextInt(SERVICES.length)];
      String cause = CAUSES[r.nextInt(CAUSES.length)];
      StringBuilder body = new StringBuilder();
      for (int s = 0; s < 40; s++) body.append(WORDS[r.nextInt(WORDS.length)]).append(s % 9 == 8 ? ". " : " ");
      files.append(String.format(java.util.Locale.ROOT,
          "-- content/%d/inc-%04d.md --\n---\ntitle: %s outage after a %s\ndate: %d-%02d-%02d\nseverity: SEV%d\n"
              + "tags: [%s]\n---\n\n## Summary\n\nThe %s service failed because of a %s. %s\n\n## Root cause\n\nA %s "
              + "in %s.\n",
          2020 + i % 5, i, svc, cause, 2020 + i % 5, 1 + r.nextInt(12), 1 + r.nextInt(28), 1 + r.nextInt(4),
          cause.replace(' ', '-'), svc, cause, body, cause, svc));
    }
    SiteFixture.write(root, files.toString());
  }
}
