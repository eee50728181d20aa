package io.github.pmkb.content.internal;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

/**
 * flexmark's autolink extension, asked only about text that can hold a link. The extension runs
 * a link scanner and a regular expression over every text node of every page; a plain URL needs
 * a {@code :}, a mail address an {@code @}, a bare web address {@code www}, and an entity or
 * escape ({@code &}, {@code \}) may stand for one of them, so text with none of these is left as
 * it is, as the extension would leave it. The rest goes to the extension unchanged.
 *
 * <p>This assumes the parser has no Typographic extension: that one turns quotes, dashes and
 * dots into entities, which the autolink extension could read differently than the plain text
 * tested here.
 */
final class QuickAutolink implements Parser.ParserExtension {
  private QuickAutolink() {}

  static QuickAutolink create() {
    return new QuickAutolink();
  }

  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder builder) {
    builder.postProcessorFactory(new Factory());
  }

  /** Whether {@code s} has a character a link, or an entity or escape for one, needs. */
  static boolean mayLink(BasedSequence s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == ':' || c == '@' || c == '&' || c == '\\') return true;
      if ((c == 'w' || c == 'W') && i + 2 < n && (s.charAt(i + 1) | 0x20) == 'w' && (s.charAt(i + 2) | 0x20) == 'w') return true;
    }
    return false;
  }

  private static final class Factory extends NodePostProcessorFactory {
    Factory() {
      super(false);
      addNodes(Text.class);
    }

    @NotNull
    @Override
    public NodePostProcessor apply(@NotNull Document document) {
      AutolinkNodePostProcessor links = new AutolinkNodePostProcessor(document);
      return new NodePostProcessor() {
        @Override
        public void process(@NotNull NodeTracker state, @NotNull Node node) {
          if (mayLink(node.getChars())) links.process(state, node);
        }
      };
    }
  }
}
