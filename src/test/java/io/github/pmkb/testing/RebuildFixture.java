package io.github.pmkb.testing;

/** A small site shared by the incremental build and serve tests: four incidents, three tags. */
public final class RebuildFixture {
  private RebuildFixture() {}

  public static final String SITE = """
      -- site.properties --
      site.title=Fixture
      -- content/2024/alpha.md --
      ---
      title: Alpha outage
      date: 2024-03-01
      tags: [db]
      ---
      Alpha body.
      -- content/2024/bravo.md --
      ---
      title: Bravo outage
      date: 2024-02-01
      tags: [dns]
      ---
      Bravo body.
      -- content/2023/charlie.md --
      ---
      title: Charlie outage
      date: 2023-06-01
      tags: [db, dns]
      ---
      Charlie body.
      -- content/2022/delta.md --
      ---
      title: Delta outage
      date: 2022-01-01
      tags: [network]
      ---
      Delta body.
      """;
}
