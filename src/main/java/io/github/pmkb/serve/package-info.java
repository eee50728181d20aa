/**
 * {@code pmkb serve}: a local preview that rebuilds as files change. Read {@link
 * io.github.pmkb.serve.DevServer} first; it wires the parts together:
 *
 * <ol>
 *   <li>{@link io.github.pmkb.serve.SourceWatcher} (io.methvin directory-watcher) reports changed
 *       paths below the knowledge base, skipping the output and other folders nobody edits;
 *   <li>{@link io.github.pmkb.serve.RebuildScheduler} waits for {@value
 *       io.github.pmkb.serve.RebuildScheduler#QUIET_MILLIS} ms of quiet, so one save that writes
 *       several files (or an editor's rename-and-replace) rebuilds once, classifies the paths with
 *       {@link io.github.pmkb.serve.ChangeClassifier} and calls {@link
 *       io.github.pmkb.build.BuildSession#preview}, which redoes only what changed (for edited
 *       postmortems, only their own pages); the index and the rest of the site follow, the index
 *       built on a background thread ({@link io.github.pmkb.build.Reindex}, {@link
 *       io.github.pmkb.build.BuildSession#finish});
 *   <li>{@link io.github.pmkb.serve.SiteHandler} serves the output folder (JDK {@code HttpServer}),
 *       injecting the live-reload script and, while the site has errors, an overlay listing them;
 *   <li>{@link io.github.pmkb.serve.LiveReload} tells open pages to reload over Server-Sent Events.
 * </ol>
 *
 * Invariants: only this package imports {@code com.sun.net.httpserver} and {@code io.methvin}; the
 * script and overlay exist only in HTTP responses, never in files on disk, so the folder stays
 * byte-identical to {@code pmkb build}'s; rebuilds run one at a time on one thread; only the
 * index for the rest of an update is built on another.
 */
package io.github.pmkb.serve;
