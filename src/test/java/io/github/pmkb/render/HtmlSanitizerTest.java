package io.github.pmkb.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {
  @Test
  void removesScriptsHandlersFramesStylesAndJavascriptUrls() {
    String out = HtmlSanitizer.sanitize("""
        <p onclick="alert(1)">text</p><script>alert(2)</script>
        <img src="x" onerror="alert(3)"><iframe src="https://evil.example"></iframe>
        <a href="javascript:alert(4)">a</a><a href=" JaVaScRiPt:alert(5)">b</a>
        <style>body{display:none}</style><svg onload="alert(6)"></svg>
        <form action="https://evil.example"><input name="q"></form>
        <noscript><p title="</noscript><img src=x onerror=alert(7)>"></p></noscript>
        """);
    assertThat(out).doesNotContainIgnoringCase("script").doesNotContainIgnoringCase("onerror")
        .doesNotContainIgnoringCase("onclick").doesNotContainIgnoringCase("iframe")
        .doesNotContainIgnoringCase("javascript").doesNotContainIgnoringCase("<style")
        .doesNotContainIgnoringCase("display:none").doesNotContainIgnoringCase("<form")
        .doesNotContainIgnoringCase("alert(");
    assertThat(out).contains("<p>text</p>");
  }

  @Test
  void keepsWhatMarkdownProduces() {
    String in = """
        <h2 id="root-cause"><a href="#root-cause" id="root-cause-anchor" class="anchor"></a>Root cause</h2>
        <pre><code class="language-java">int x = 1;</code></pre>
        <table><thead><tr><th align="left">A</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>
        <p><img src="graph.png" alt="graph"> <img src="https://example.com/a.png" alt="a"></p>
        <details><summary>More</summary><p>hidden</p></details>
        <ul><li class="task-list-item"><input type="checkbox" class="task-list-item-checkbox" checked disabled>done</li></ul>
        <p><a href="https://example.com/x">link</a> <del>old</del> <code>c</code></p>
        """;
    String out = HtmlSanitizer.sanitize(in);
    assertThat(out).contains("<h2 id=\"root-cause\">", "class=\"anchor\"", "<code class=\"language-java\">",
        "<th align=\"left\">", "<td>1</td>", "src=\"graph.png\"", "src=\"https://example.com/a.png\"",
        "<details><summary>More</summary>", "type=\"checkbox\"", "href=\"https://example.com/x\"", "<del>old</del>");
  }

  @Test
  void dropsImagesWithOtherSchemes() {
    assertThat(HtmlSanitizer.sanitize("<img src=\"data:image/svg+xml,<svg onload=alert(1)>\" alt=\"a\">"))
        .doesNotContain("data:").doesNotContain("onload");
  }

  @Test
  void linksThatMayLeaveTheSiteGetRelsInPageAndRelativeLinksDoNot() {
    String out = HtmlSanitizer.sanitize("""
        <h2 id="x"><a href="#x" class="anchor"></a>X</h2>
        <a href="../2021/db.md">rel</a> <a href="notes.html#y">rel2</a>
        <a href="https://example.com/a">abs</a> <a href="//evil.example/b">proto</a>
        <a href="mailto:a@example.com">mail</a> <a href="/root.html">root</a>
        """);
    assertThat(out).contains("<a href=\"#x\" class=\"anchor\"></a>", "<a href=\"../2021/db.md\">rel</a>",
        "<a href=\"notes.html#y\">rel2</a>",
        "<a href=\"https://example.com/a\" rel=\"noopener noreferrer\">abs</a>",
        "<a href=\"//evil.example/b\" rel=\"noopener noreferrer\">proto</a>",
        "<a href=\"mailto:a&#64;example.com\" rel=\"noopener noreferrer\">mail</a>",
        "<a href=\"/root.html\" rel=\"noopener noreferrer\">root</a>");
  }

  @Test
  void authorsCannotSetRelOrTargetOrSneakASchemePastTheRelCheck() {
    String out = HtmlSanitizer.sanitize("""
        <a href="#x" rel="opener" target="_blank">a</a>
        <a href="https://example.com" rel="opener" target="_blank">b</a>
        <a href="javascript:alert(1)">c</a> <a href="JaVaScRiPt:alert(2)#x">d</a>
        """);
    assertThat(out).doesNotContain("opener\"").doesNotContain("target").doesNotContainIgnoringCase("javascript")
        .contains("<a href=\"#x\">a</a>", "<a href=\"https://example.com\" rel=\"noopener noreferrer\">b</a>");
  }

  @Test
  void onlyPlainRelativePathsAndFragmentsCountAsStayingOnTheSite() {
    assertThat(HtmlSanitizer.staysOnSite("#a")).isTrue();
    assertThat(HtmlSanitizer.staysOnSite("a/b:c")).isTrue();
    assertThat(HtmlSanitizer.staysOnSite("../x.html?q=a:b")).isTrue();
    assertThat(HtmlSanitizer.staysOnSite("http://x")).isFalse();
    assertThat(HtmlSanitizer.staysOnSite("x:y")).isFalse();
    assertThat(HtmlSanitizer.staysOnSite("//x")).isFalse();
    assertThat(HtmlSanitizer.staysOnSite("\\\\x")).isFalse();
    assertThat(HtmlSanitizer.staysOnSite(" https://x")).isFalse();
    assertThat(HtmlSanitizer.staysOnSite("")).isFalse();
  }
}
