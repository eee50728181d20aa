package io.github.pmkb.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The root-cause categories pmkb classifies into, each with the words that signal it. Order
 * matters: on a tie the earlier category wins, so specific causes come before broad ones.
 * Sites can pass their own taxonomy to {@link RootCauseClassifier}.
 */
public record Taxonomy(List<Category> categories) {
  /**
   * A category: its id (a slug, the facet value), its label and its signal words. {@code anchors}
   * are lower-case strings at least one of which every match of {@code signals} contains: a
   * sentence holding none of them cannot match, so the classifier skips the (costly) regex for
   * it. Empty anchors mean "always run the regex".
   */
  public record Category(String id, String label, Pattern signals, List<String> anchors) {
    public Category {
      anchors = List.copyOf(anchors);
    }

    public Category(String id, String label, String regex) {
      this(id, label, regex, List.of());
    }

    public Category(String id, String label, String regex, List<String> anchors) {
      this(id, label, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), anchors);
    }

    /** Whether {@code lowerCased} (a sentence in lower case) may hold a signal word. */
    boolean mayMatch(String lowerCased) {
      if (anchors.isEmpty()) return true;
      for (String a : anchors) {
        if (lowerCased.contains(a)) return true;
      }
      return false;
    }
  }

  public static final String UNKNOWN = "unknown";

  public Taxonomy {
    categories = List.copyOf(categories);
  }

  /** The defaults of issue 3, compiled once: pages ask for labels many times per build. */
  public static Taxonomy defaults() {
    return DEFAULTS;
  }

  /** The defaults of issue 3, with signal words from the survey (POSTMORTEMS.md §7 facet signals). */
  private static final Taxonomy DEFAULTS = new Taxonomy(List.of(
        new Category("memory-leak", "Memory leak", "\\bmemory[- ]leaks?\\b|\\bleak(?:ed|ing|s)?\\b(?! (?:of )?(?:data|credentials|secrets?|keys?))"
            + "|\\bresource exhaustion\\b|\\bout[- ]of[- ]memory\\b|\\bOOM\\b|\\boom[- ]?kill\\w*|\\bmemory exhaustion\\b|\\bheap (?:space|exhaustion)\\b",
            List.of("memory", "leak", "resource exhaustion", "oom", "heap")),
        new Category("certificate-expiry", "Certificate expiry", "\\bcertificates?\\b.{0,40}\\bexpir\\w*|\\bexpired (?:tls |ssl )?cert\\w*"
            + "|\\bssl\\b|\\btls\\b|\\bcertificate\\b",
            List.of("cert", "ssl", "tls")),
        new Category("dns", "DNS", "\\bdns\\b|\\bdomain name\\b|\\bname resolution\\b|\\bnameservers?\\b|\\bcname\\b|\\bttl\\b",
            List.of("dns", "domain name", "name resolution", "nameserver", "cname", "ttl")),
        new Category("disk-full", "Disk full", "\\bdisk (?:space|full|usage)\\b|\\bdisk was full\\b|\\bno space left\\b|\\bout of (?:disk|storage) space\\b"
            + "|\\bfilled (?:up )?the disk\\b|\\binodes?\\b|\\bfull disk\\b",
            List.of("disk", "no space left", "storage space", "inode")),
        new Category("race-condition", "Race condition", "\\brace conditions?\\b|\\bdeadlocks?\\b|\\bconcurren\\w+ (?:bug|issue)\\b",
            List.of("race condition", "deadlock", "concurren")),
        new Category("config-error", "Configuration error", "\\bmisconfigur\\w*|\\bconfig(?:uration)? (?:error|change|mistake|issue|file|typo|setting)s?\\b"
            + "|\\btypos?\\b|\\.phpp\\b|\\bwrong (?:port|path|setting|value|file)\\b|\\bincorrect(?:ly)? (?:config\\w*|setting|port|path|value)\\b"
            + "|\\bnot (?:listening|configured) on port\\b|\\bfeature flag\\b|\\bconfiguration\\b",
            List.of("config", "typo", ".phpp", "wrong ", "incorrect", "listening on port", "feature flag")),
        new Category("bad-deploy", "Bad deploy", "\\b(?:bad|faulty|buggy|broken|recent|new) (?:deploy\\w*|release|rollout|update|version|code push)\\b"
            + "|\\bdeploy(?:ment|ed)? (?:introduced|contained|broke)\\b|\\brolled back\\b|\\brollback\\b|\\bupgrade\\b|\\bregression\\b",
            List.of("deploy", "release", "rollout", "update", "version", "code push", "rolled back", "rollback", "upgrade", "regression")),
        new Category("capacity", "Capacity / traffic surge", "\\b(?:traffic|load|request) (?:spike|surge|increase)s?\\b|\\bsurge\\b|\\bspike in (?:traffic|load|requests)\\b"
            + "|\\bover(?:loaded|load)\\b|\\bcapacity\\b|\\bthundering herd\\b|\\bddos\\b|\\brate limit\\w*|\\bautoscal\\w+",
            List.of("spike", "surge", "increase", "overload", "capacity", "thundering herd", "ddos", "rate limit", "autoscal")),
        new Category("database", "Database", "\\bdatabases?\\b|\\bmysql\\b|\\bpostgres\\w*|\\bmongo\\w*|\\bdb\\b|\\breplication\\b|\\bslow quer\\w+|\\bschema migration\\b"
            + "|\\bindex(?:es)?\\b|\\bredis\\b",
            List.of("database", "mysql", "postgres", "mongo", "db", "replication", "slow quer", "schema migration", "index", "redis")),
        new Category("network", "Network", "\\bnetwork(?:ing)? (?:partition|outage|failure|issue|problem|congestion|error)s?\\b|\\bpacket loss\\b|\\bbgp\\b"
            + "|\\bconnectivity\\b|\\bfirewall\\b|\\brouting\\b|\\bmisrout\\w*",
            List.of("network", "packet loss", "bgp", "connectivity", "firewall", "routing", "misrout")),
        new Category("third-party", "Third-party dependency", "\\bthird[- ]party\\b|\\bupstream (?:provider|service|dependency)\\b|\\bvendor\\b"
            + "|\\bcloud provider\\b|\\b(?:aws|gcp|azure|cloudflare|github) (?:outage|incident|issue)\\b|\\bexternal (?:service|api|dependency)\\b",
            List.of("third", "upstream ", "vendor", "cloud provider", "aws ", "gcp ", "azure ", "cloudflare ", "github ", "external ")),
        new Category("hardware", "Hardware", "\\bhardware\\b|\\bpower (?:failure|outage|loss)\\b|\\bdisk failure\\b|\\bfailed disk\\b|\\bnic\\b|\\bpsu\\b|\\bdatacenter\\b",
            List.of("hardware", "power ", "disk", "nic", "psu", "datacenter")),
        new Category("security", "Security", "\\bsecurity\\b|\\battack\\w*|\\bvulnerab\\w+|\\bbreach\\w*|\\bexploit\\w*|\\bmalicious\\b|\\bcompromised?\\b|\\bxss\\b",
            List.of("security", "attack", "vulnerab", "breach", "exploit", "malicious", "compromise", "xss")),
        new Category("human-error", "Human error", "\\bhuman error\\b|\\bmanual(?:ly)? (?:mistake|error|deletion|change)\\b|\\baccidentally\\b|\\bby mistake\\b"
            + "|\\bfat[- ]finger\\w*",
            List.of("human error", "manual", "accidentally", "by mistake", "fat")),
        new Category(UNKNOWN, "Unknown", "(?!)")));
}
