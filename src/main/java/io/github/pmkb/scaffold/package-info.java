/**
 * Creating files for authors: {@link io.github.pmkb.scaffold.NewPostmortem} ({@code pmkb new}) and
 * {@link io.github.pmkb.scaffold.KnowledgeBaseInit} ({@code pmkb init}). Both refuse to overwrite; this
 * is the only package that ever writes under {@code content/}.
 */
package io.github.pmkb.scaffold;
