/**
 * The build pipeline: configuration, scan, parse and extract, assemble, index, plan, render and
 * write, for a clean build and for the incremental updates of {@code pmkb serve}. Start with
 * {@link io.github.pmkb.build.SiteBuilder}, {@code pmkb build}'s front door (one clean build),
 * then {@link io.github.pmkb.build.BuildSession}, which runs the stages and which {@code pmkb
 * serve} keeps open to rebuild incrementally: per-file results keyed by sha256 ({@link
 * io.github.pmkb.build.SourceCache}), the index reused while what pages read from it is unchanged
 * ({@link io.github.pmkb.build.IndexInputs}), and only pages whose plan changed rendered again.
 * {@link io.github.pmkb.build.PostmortemReader} is the one door through which a content file
 * becomes a postmortem, for build, serve, check, inspect and the fuzz tests alike; bodies wait in
 * the session's {@link io.github.pmkb.build.BodyStore}. {@link io.github.pmkb.build.LocalIndex} is
 * the index {@code pmkb search} reuses while it is fresh.
 *
 * <p>Input: a knowledge base folder and {@link io.github.pmkb.build.BuildOptions}. Output: the
 * site folder and a {@link io.github.pmkb.build.BuildResult} (or a {@link
 * io.github.pmkb.build.Rebuild} for an update) with every diagnostic.
 *
 * <p>Invariant: the folder after any sequence of {@code BuildSession.update} calls is
 * byte-identical to a clean build of the same sources ({@code IncrementalBuildIT}).
 */
package io.github.pmkb.build;
