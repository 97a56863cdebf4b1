/**
 * GitOps output for fleets of KubeVirt VirtualMachines: Kustomize {@code Kustomization} files, Argo
 * CD {@code Application} and {@code ApplicationSet} manifests, and {@link
 * io.tankos.bootc.gitops.GitOpsLayout} which lays a fleet out as a directory tree.
 */
package io.tankos.bootc.gitops;
