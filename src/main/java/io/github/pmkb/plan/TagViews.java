package io.github.pmkb.plan;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import io.github.pmkb.plan.Views.TagView;

/**
 * Tags as summaries show them: one view per tag, shared by every summary that has it, since the
 * plan holds every summary until the build ends.
 */
final class TagViews {
  final Map<String, Integer> counts;
  private final Map<String, TagView> views = new ConcurrentHashMap<>();

  TagViews(Map<String, Integer> counts) {
    this.counts = counts;
  }

  TagView of(String tag) {
    return views.computeIfAbsent(tag, t -> new TagView(t, Permalinks.tag(t), counts.getOrDefault(t, 0)));
  }
}
