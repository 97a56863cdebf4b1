/**
 * A faithful Containerfile (Dockerfile) model: typed instructions and flags, a writer that escapes
 * every value so that BuildKit and Buildah/Podman read exactly what the caller gave (or rejects it
 * with its location), a parser with BuildKit's rules (FILE:LINE errors; comments, directives and
 * heredocs kept), target gating for older Buildah, and static bootc lint.
 *
 * <pre>{@code
 * Containerfile cf = Containerfile.builder()
 *     .from("quay.io/fedora/fedora-bootc:42")
 *     .run(Run.builder().mount(RunMount.cache("/var/cache/dnf")).shell("dnf -y install tmux").build())
 *     .run(Run.exec("bootc", "container", "lint"))
 *     .build();
 * List<LintFinding> findings = BootcLint.check(cf);
 * }</pre>
 */
package io.tankos.bootc.containerfile;
