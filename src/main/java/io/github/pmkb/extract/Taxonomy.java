package io.github.pmkb.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The root-cause categories pmkb classifies into, each with weighted signal phrases. A phrase that
 * names a failure mode ("memory leak", "expired certificate") weighs more than a word that only
 * names a component ("database"): a postmortem names many components but one way they failed.
 * On a tie the category the text names first wins. Sites can pass
 * their own taxonomy to {@link RootCauseClassifier}.
 */
public record Taxonomy(List<Category> categories) {
  /** Weight of a phrase that names the failure mode itself. */
  static final double STRONG = 3;
  /** Weight of a phrase that points at the category but also appears as a mere symptom. */
  static final double MEDIUM = 1.5;
  /** Weight of a word that names a component more often than a cause. */
  static final double WEAK = 0.5;

  /**
   * A signal: a case-insensitive pattern and its weight. {@code anchors} are lower-case strings at
   * least one of which every match contains: a sentence holding none of them cannot match, so the
   * classifier skips the (costly) regex for it. Empty anchors mean "always run the regex".
   */
  public record Signal(Pattern pattern, double weight, List<String> anchors) {
    public Signal {
      anchors = List.copyOf(anchors);
      if (!(weight > 0)) throw new IllegalArgumentException("signal weight must be positive: " + weight);
    }

    public Signal(String regex, double weight, List<String> anchors) {
      this(SharedBoundary.compile(regex, Pattern.CASE_INSENSITIVE), weight, anchors);
    }

    /** Whether {@code lowerCased} (a sentence in lower case) may hold a match. */
    boolean mayMatch(String lowerCased) {
      return anchors.isEmpty() || Chars.containsAny(lowerCased, anchors);
    }
  }

  /** A category: its id (a slug, the facet value), its label and its signals. */
  public record Category(String id, String label, List<Signal> signals) {
    public Category {
      signals = List.copyOf(signals);
    }

    /** A category whose signal words all weigh the same (a site's own taxonomy). */
    public Category(String id, String label, String regex) {
      this(id, label, List.of(new Signal(regex, 1, List.of())));
    }
  }

  public static final String UNKNOWN = "unknown";

  public Taxonomy {
    categories = List.copyOf(categories);
  }

  /** Whether {@code id} is one of this taxonomy's category ids. */
  public boolean has(String id) {
    for (Category c : categories) if (c.id().equals(id)) return true;
    return false;
  }

  /** The defaults of issue 3, compiled once: pages ask for labels many times per build. */
  public static Taxonomy defaults() {
    return DEFAULTS;
  }

  private static Signal s(double weight, String regex, String... anchors) {
    return new Signal(regex, weight, List.of(anchors));
  }

  private static final Taxonomy DEFAULTS = new Taxonomy(List.of(
      new Category("memory-leak", "Memory leak", List.of(
          s(STRONG, "\\bmemory[- ]leaks?\\b|\\b(?:connection|resource|file[- ]descriptor|handle|socket|thread) leaks?\\b"
              + "|\\bleak(?:ing|s|y)?\\b(?! (?:of )?(?:data|credentials?|secrets?|keys?|tokens?|passwords?|information|personal|pii)\\b)"
              + "|\\bout[- ]of[- ]memory\\b|\\bOOM\\b|\\boom[- ]?kill\\w*|\\bmemory exhaustion\\b|\\bheap (?:space|exhaustion)\\b"
              + "|\\bran out of memory\\b",
              "leak", "memory", "oom", "heap"),
          s(MEDIUM, "\\b(?:high|excessive|growing|increasing|unbounded) (?:memory|ram|heap) (?:usage|consumption|use)\\b"
              + "|\\bconsum\\w* (?:too much|all(?: the)?|excessive|a high amount of) (?:memory|ram)\\b|\\bmemory pressure\\b"
              + "|\\bresource exhaustion\\b",
              "memory", "ram", "heap", "resource exhaustion"),
          s(WEAK, "\\bmemory\\b", "memory"))),
      new Category("certificate-expiry", "Certificate expiry", List.of(
          s(STRONG, "\\bcert(?:ificate)?s?\\b.{0,40}?\\bexpir\\w*|\\bexpired (?:\\w+ ){0,2}cert\\w*"
              + "|\\bcert(?:ificate)? (?:renewal|rotation) (?:failed|lapsed|was missed)\\b|\\b(?:ssl|tls) handshake (?:failure|error)s?\\b",
              "cert", "ssl", "tls"),
          s(MEDIUM, "\\bcertificates?\\b|\\bcerts?\\b", "cert"),
          s(WEAK, "\\bssl\\b|\\btls\\b|\\bhttps\\b", "ssl", "tls", "https"))),
      new Category("dns", "DNS", List.of(
          s(STRONG, "\\bdns\\b|\\bname resolution\\b|\\bnameservers?\\b|\\bcname\\b|\\bresolv\\.conf\\b|\\bdomain (?:name )?(?:records?|registration|expir\\w+)\\b",
              "dns", "name resolution", "nameserver", "cname", "resolv.conf", "domain"),
          s(WEAK, "\\bdomain names?\\b|\\bttl\\b|\\bresolvers?\\b", "domain", "ttl", "resolver"))),
      new Category("disk-full", "Disk full", List.of(
          s(STRONG, "\\bdisk (?:space|full|usage)\\b|\\bdisks? (?:was|were|became|got|is) full\\b|\\bno space left\\b|\\bout of (?:disk|storage) space\\b"
              + "|\\bfilled (?:up )?the (?:disk|volume|partition)\\b|\\binodes?\\b|\\bfull (?:disk|volume|partition)\\b"
              + "|\\b(?:volume|partition|filesystem|file system) (?:was |became |is )?full\\b|\\bran out of (?:disk|storage)\\b"
              + "|\\b(?:disks?|volumes?|partitions?|file ?systems?)\\b[^.;]{0,30}?\\b(?:filled up|ran out of (?:space|inodes))\\b",
              "disk", "no space left", "storage", "inode", "full", "filled up", "ran out of"))),
      new Category("race-condition", "Race condition", List.of(
          s(STRONG, "\\brace conditions?\\b|\\bdeadlock\\w*|\\bconcurren\\w+ (?:bug|issue|problem)s?\\b|\\bdata races?\\b|\\bnot thread[- ]safe\\b",
              "race", "deadlock", "concurren", "thread"))),
      new Category("config-error", "Configuration error", List.of(
          s(STRONG, "\\bmis-?configur\\w*|\\bconfig(?:uration)? (?:error|mistake|typo|issue|problem|bug|fault)s?\\b|\\btypo(?:s|graphical)?\\b"
              + "|\\bmis-?spel\\w*|\\bmistyped\\b|\\bsyntax (?:error|problem|issue)s?\\b"
              // A column's default value is schema: "added a column with a default value".
              + "|\\bdefault(?<!\\bcolumns? with (?:a )?default) (?:settings?|values?|config\\w*)\\b"
              + "|\\b(?:bug|error|mistake|issue|problem|fault)s? in (?:the |a |an |our |its )?(?:\\w+ ){0,2}?config\\w*"
              + "|\\b(?:limit|timeout|threshold|value|size|setting)s?\\b[^.;]{0,30}?\\btoo (?:low|high|small|short|large|aggressive|strict)\\b"
              + "|\\b(?:no|without|missing|lacked|did ?n[o']t have(?: any| a)?) (?:memory |cpu |resource |rate |connection )?limits?\\b"
              + "|\\b(?:wrong|incorrect(?:ly)?|improper(?:ly)?|invalid|faulty|bad|erroneous|malformed|misplaced) (?:[\\w-]+ ){0,3}?"
              + "(?:config\\w*|settings?|parameters?|ports?|paths?|values?|flags?|options?|variables?|labels?|annotations?|rules?|filters?|filtering"
              + "|limits?|timeouts?|manifests?|entry|entries|extensions?|file ?names?|permissions?|mappings?|headers?|polic(?:y|ies)|line|directives?"
              + "|endpoints?|user)\\b"
              // Settings that a change wrote over: the values that were lost are what went wrong.
              + "|\\boverwr(?:ote|itten|iting|ites?)\\b[^.;]{0,30}?\\b(?:config\\w*|settings?|annotations?|labels?|values?|parameters?|variables?"
              + "|options?|rules?)\\b"
              // A setting that points at nothing: "a path that does not exist", "a non-existent bucket".
              + "|\\bnon-?existent (?:[\\w-]+ ){0,2}?(?:paths?|files?|hosts?|endpoints?|urls?|buckets?|director(?:y|ies)|images?|tags?|queues?)\\b"
              + "|\\b(?:paths?|files?|hosts?|endpoints?|urls?|buckets?|director(?:y|ies)|images?|tags?|queues?) that (?:does|did|do) ?n[o']t exist\\b",
              "exist", "overwr", "config", "default", "too ", "limit", "typo", "typographical", "spel", "mistyped", "syntax", "wrong", "incorrect", "improper", "invalid", "faulty",
              "bad", "erroneous", "malformed", "misplaced"),
          s(MEDIUM, "\\bconfig(?:uration|ured|s)?\\b|\\bdefault behaviou?r\\b"
              + "|\\bfeature flags?\\b|\\btoo (?:low|high|small|short|aggressive|large|strict) (?:a )?(?:timeout|limit|value|threshold)\\b"
              + "|\\b(?:timeout|limit|threshold) (?:was |were )?(?:set )?too (?:low|high|small|short|aggressive|large|strict)\\b"
              + "|\\bhard-?coded\\b|\\bulimit\\b|\\benvironment variables?\\b|\\blimit ?ranges?\\b|\\bnot (?:correctly |properly )?configured\\b"
              + "|\\b(?:set|configured|defined|specified) (?:incorrectly|wrongly|improperly)\\b|\\bno (?:memory |cpu )?limits? (?:was |were )?set\\b",
              "config", "default", "feature flag", "too ", "hard", "ulimit", "environment variable", "limit", "incorrectly", "wrongly",
              "improperly"),
          s(WEAK, "\\bsettings?\\b|\\bparameters?\\b", "setting", "parameter"))),
      new Category("bad-deploy", "Bad deploy", List.of(
          s(STRONG, "\\b(?:bad|faulty|buggy|broken|botched|failed|defective|flawed) (?:\\w+ )?(?:deploy\\w*|release|rollout|update|upgrade|version|code|push|commit)\\b"
              + "|\\bdeploy(?:ment|ed)? (?:introduced|contained|broke)\\b|\\bregression\\b|\\brolled back\\b|\\brollback\\b|\\brolling back\\b"
              + "|\\bbugs? in (?:the |our |a )?(?:\\w+ )?(?:code|release|version|software|logic|implementation|application|app|module|function|algorithm)\\b"
              + "|\\b(?:software|code|application|logic|programming) (?:bugs?|defects?|errors?)\\b|\\bcode (?:changes?|push)\\b"
              + "|\\b(?:newly|recently) (?:deployed|released|introduced|installed|merged|added)\\b"
              + "|\\b(?:recent|new) (?:code |software |driver )?(?:deploy\\w*|release|rollout|update|upgrade|version|code|commit|feature)s?\\b"
              + "|\\bunintended (?:version )?(?:update|upgrade)\\b|\\bversion (?:update|upgrade|change|bump|mismatch)\\b|\\bbreaking changes?\\b",
              "bad", "faulty", "buggy", "broken", "botched", "failed", "defective", "flawed", "deploy", "regression", "roll", "bug", "defect",
              "error", "code", "newly", "recently", "recent", "new ", "unintended", "version", "breaking"),
          s(MEDIUM, "\\bupgrad\\w+|\\bdeploy\\w*|\\breleas(?:e|ed|es|ing)\\b|\\brollouts?\\b|\\brolled out\\b|\\b(?:merged|pushed)\\b"
              + "|\\bpull requests?\\b|\\bcommits?\\b|\\bbugs?\\b|\\bnew version\\b|\\bv\\d+(?:\\.\\d+)+\\b"
              + "|\\b(?:(?:an?|the) (?:[\\w-]+ )?(?:update|upgrade|change)|updates|upgrades|changes) (?:to|of)\\b",
              "upgrad", "deploy", "releas", "rollout", "rolled out", "merged", "pushed", "pull request", "commit", "bug", "version", "v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "update", "change"),
          s(WEAK, "\\bupdated?\\b|\\bchanges?\\b|\\bversions?\\b", "update", "change", "version"))),
      new Category("capacity", "Capacity / traffic surge", List.of(
          s(STRONG, "\\b(?:traffic|load|request|usage|demand|connection) (?:spike|surge|increase|burst)s?\\b|\\bsurges? (?:in|of)\\b"
              + "|\\bspikes? (?:in|of) (?:traffic|load|requests|users|demand)\\b|\\bover-?load(?:ed|ing)?\\b|\\boverwhelm\\w*|\\bthundering herd\\b|\\bddos\\w*|\\bdenial[- ]of[- ]service\\b"
              + "|\\binsufficient (?:capacity|resources|cpu|memory|nodes|servers|ip addresses)\\b|\\bcapacity\\b|\\brate[- ]limit\\w*|\\bthrottl\\w*"
              + "|\\bsaturat\\w+|\\b(?:cpu|resource|port) (?:starvation|exhaustion|saturation)\\b|\\bexhaust\\w* (?:the |all |available )*(?:connection|thread|worker|ip)"
              + "|\\b(?:connection|thread|worker) pool (?:exhaustion|was exhausted)\\b|\\bnot enough (?:free )?(?:capacity|resources|cpu|ip|nodes|workers)"
              + "|\\b(?:high|heavy|peak|unexpected|increased|excessive|sudden) (?:traffic|load|demand)\\b|\\bcould ?n[o']t (?:handle|keep up)\\b",
              "spike", "surge", "increase", "burst", "overload", "over-load", "overwhelm", "thundering herd", "ddos", "denial", "insufficient", "capacity",
              "rate", "throttl", "saturat", "starvation", "exhaust", "not enough", "traffic", "load", "demand", "handle", "keep up"),
          s(MEDIUM, "\\bautoscal\\w+|\\bscal(?:e|ing) (?:limit|issue|problem)s?\\b|\\btoo many (?:requests|connections|pods|users|queries)\\b"
              + "|\\bmaximum (?:connection )?limit\\b|\\bexceed\\w*|\\bbottleneck\\w*|\\btoo slow\\b",
              "too slow", "autoscal", "scal", "too many", "maximum", "exceed", "bottleneck"),
          s(WEAK, "\\btraffic\\b|\\bload\\b(?<!\\b(?:library|module|class|plugin|driver|extension|failed)[- ]load)(?![- ]balanc)", "traffic", "load"))),
      new Category("database", "Database", List.of(
          s(STRONG, "\\bdatabase (?:failure|outage|crash|corruption|lock|migration|overload)\\b|\\breplication (?:lag|failure|delay|broke)\\w*"
              + "|\\bslow quer\\w+|\\bschema (?:migration|change)s?\\b|\\bmissing (?:database )?index(?:es)?\\b|\\bquery planner\\b"
              + "|\\b(?:long[- ]running|expensive|inefficient|unoptimi[sz]ed|non-optimi[sz]ed|not optimi[sz]ed|poorly optimi[sz]ed|heavy|n\\+1) (?:database |sql )?quer\\w+"
              + "|\\b(?:database|table|index)(?:'s)? statistics\\b|\\bfull[- ]table scans?\\b|\\bexcessive (?:database )?queries\\b",
              "database", "replication", "slow quer", "schema", "index", "query planner", "quer", "statistics", "table scan"),
          s(MEDIUM, "\\b(?:mysql|postgres\\w*|mongo\\w*|redis|cassandra|dynamodb|mariadb|sqlite|clickhouse)\\b"
              + "|\\bquer(?:y|ies)\\b",
              "mysql", "postgres", "mongo", "redis", "cassandra", "dynamodb", "mariadb", "sqlite", "clickhouse", "quer",
              "database"),
          s(WEAK, "\\bdatabases?\\b|\\bdb\\b|\\bsql\\b|\\bconnection pool\\w*", "database", "db", "sql", "connection pool"))),
      new Category("network", "Network", List.of(
          s(STRONG, "\\bnetwork(?:ing)? (?:partition|outage|failure|issue|problem|congestion|error|misconfig\\w*|architecture|design)s?\\b"
              + "|\\bpacket (?:loss|fragmentation|drops?)\\b|\\bbgp\\b|\\bconnectivity (?:issue|loss|problem|failure)s?\\b|\\bfirewall\\w*|\\brouting\\b"
              + "|\\bmisrout\\w*|\\bmtu\\b|\\bip (?:address )?(?:starvation|exhaustion)\\b",
              "network", "packet", "bgp", "connectivity", "firewall", "routing", "misrout", "mtu", "starvation", "exhaustion"),
          s(MEDIUM, "\\bconnectivity\\b", "connectivity"),
          s(WEAK, "\\bnetwork\\b|\\bload balancers?\\b|\\bvpc\\b|\\bcni\\b|\\bproxy\\b|\\blatency\\b|\\bingress\\b|\\bsubnets?\\b",
              "network", "load balancer", "vpc", "cni", "proxy", "latency", "ingress", "subnet"))),
      new Category("third-party", "Third-party dependency", List.of(
          s(STRONG, "\\bthird[- ]party\\b|\\b(?:upstream|external) (?:provider|service|dependency|api|vendor|library|component)s?\\b"
              + "|\\bcloud provider\\b|\\b(?:aws|gcp|azure|google cloud|cloudflare|github|fastly|akamai|stripe|twilio|heroku|digitalocean)"
              + " (?:outage|incident|issue|failure|disruption|bug)s?\\b|\\bprovider'?s? (?:outage|issue|failure|bug|change|default)s?\\b"
              + "|\\bupstream (?:bug|change|release|outage)s?\\b",
              "third", "upstream", "external", "vendor", "provider", "aws", "gcp", "azure", "google cloud", "cloudflare", "github",
              "fastly", "akamai", "stripe", "twilio", "heroku", "digitalocean"),
          // How a text speaks of someone else's service failing: "our card processor, Paynexa, had a partial outage".
          // Not "our hosts" (our machines), "our partners" (often those we harmed) or a bare "processors" (CPUs).
          s(STRONG, "\\bour (?:[\\w-]+ ){0,2}?(?:providers?|(?:payment|card|credit[- ]card|billing) processors?|vendors?|suppliers?"
              + "|hosting(?: (?:provider|company|partner)s?)?|cdn|isp|carriers?|acquirers?)\\b"
              + "(?:,[^,.;]{1,30},)? (?:had|has|have|is|was|were|are|suffered|experienced|went)\\b[^.;]{0,30}?"
              + "\\b(?:outages?|incidents?|failures?|disruptions?|degradation|down|issues?|problems?|errors?)\\b",
              "provider", "processor", "vendor", "supplier", "hosting", "cdn", " isp", "carrier", "acquirer"),
          s(MEDIUM, "\\bupstream\\b|\\bexternal\\b|\\bvendors?\\b|\\bopen[- ]source (?:project|library)\\b", "upstream", "external", "vendor", "open"),
          s(WEAK, "\\bproviders?\\b", "provider"))),
      new Category("hardware", "Hardware", List.of(
          s(STRONG, "\\bhardware\\b|\\bpower (?:failure|outage|loss|cut|surge|supply)\\b|\\blost power\\b|\\bpower(?:ed)? (?:down|off)\\b"
              + "|\\b(?:disk|drive|ssd|hdd|nic|psu|fan|dimm|raid|transformer|generator|cooling|motherboard|cpu)s? (?:failure|failed|died|fault)\\w*"
              + "|\\bfailed (?:disk|drive|nic|psu|fan|hardware|server|generator|transformer)s?\\b|\\boverheat\\w*|\\bphysical(?:ly)? damage\\w*"
              // A disk's controller is a part of the machine; an ingress or a replication controller is software.
              // "The storage controller failed to reconcile volumes" is Kubernetes software: only the parts named
              // as hardware, and no word of the cluster in the sentence.
              + "|\\b(?:raid|disk|drive|array|sas|hba) controllers?\\b(?![^.;]*\\b(?:reconcil\\w*|operators?|pods?|csi|kubernetes|k8s|crds?)\\b)"
              + "[^.;]{0,40}?\\b(?:fail(?:ed|ure|ing|s)?|died|fault\\w*|broke)\\b",
              "controller", "hardware", "power", "disk", "drive", "ssd", "hdd", "nic", "psu", "fan", "dimm", "raid", "transformer", "generator", "cooling",
              "motherboard", "cpu", "failed", "overheat", "physical"),
          s(MEDIUM, "\\bdata ?cent(?:er|re)\\b|\\bserver rack\\b|\\bgenerators?\\b|\\btransformers?\\b", "data", "datacent", "rack",
              "generator", "transformer"))),
      new Category("security", "Security", List.of(
          s(STRONG, "\\bsecurity (?:breach|incident|vulnerabilit\\w+|attack|compromise)\\b|\\battack(?<!(?:ddos|dos|denial[- ]of[- ]service|flood|volumetric)\\)?\\sattack)(?:ers?|ed)?\\b|\\bvulnerab\\w+|\\bbreach\\w*"
              + "|\\bexploit\\w*|\\bintrusion\\b|\\bcompromis\\w+|\\bmalicious (?:actors?|users?|code|requests?|packages?|payloads?|party)\\b"
              + "|\\bstolen\\b|\\bsteal\\w*|\\b(?:leaked|exposed) (?:\\w+ )?(?:tokens?|credentials?|secrets?|keys?|passwords?)\\b"
              + "|\\b(?:tokens?|credentials?|secrets?|keys?|passwords?)\\b[^.;]{0,50}?\\b(?:was|were|got|had been) (?:leaked|exposed|stolen)\\b"
              + "|\\bleak(?:ed|s)? (?:of )?(?:credentials?|secrets?|keys?|tokens?|passwords?)\\b|\\bunauthori[sz]ed access\\b|\\bxss\\b"
              + "|\\bsql injection\\b|\\bphishing\\b|\\bmalware\\b|\\bransomware\\b|\\bsupply[- ]chain\\b|\\bhack(?:ed|ers?|ing)?\\b|\\bcve-\\d+",
              "security", "attack", "vulnerab", "breach", "exploit", "intrusion", "compromis", "malicious", "stolen", "steal", "leak",
              "exposed", "unauthori", "xss", "injection", "phishing", "malware", "ransomware", "supply", "hack", "cve-"),
          s(WEAK, "\\bsecurity\\b|\\bmalicious\\b", "security", "malicious"))),
      new Category("human-error", "Human error", List.of(
          s(STRONG, "\\bhuman (?:error|mistake|factor)s?\\b|\\b(?:manual|operator|user|engineer|developer|administrator|admin) (?:error|mistake)s?\\b"
              + "|\\baccidental(?:ly)? (?:execution|deletion|deleted|removed|dropped|ran|run|executed|pushed|command|shutdown|passed)\\b"
              + "|\\bby mistake\\b|\\bmistakenly\\b|\\bfat[- ]finger\\w*|\\bran the wrong\\b|\\bwrong command\\b",
              "human", "manual", "operator", "user", "engineer", "developer", "admin", "accidental", "mistake", "fat", "wrong"),
          s(MEDIUM, "\\baccident(?:al|ally)?\\b|\\bmanual(?:ly)? (?:change|intervention|step|deletion|edit)s?\\b"
              + "|\\b(?:an? |the )?(?:intern|new hire|junior (?:dev\\w*|engineer|admin\\w*))s?\\b", "accident", "manual", "intern", "new hire", "junior"),
          s(WEAK, "\\binadvertent(?:ly)?\\b|\\bunintentional(?:ly)?\\b", "inadvertent", "unintentional"))),
      new Category(UNKNOWN, "Unknown", List.of())));
}
