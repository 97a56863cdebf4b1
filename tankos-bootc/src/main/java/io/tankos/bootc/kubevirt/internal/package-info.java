/**
 * Internals of the KubeVirt and GitOps models: the Jackson mapping between Kubernetes manifests and
 * the typed values, plain-value copies and name rules; not exported.
 */
package io.tankos.bootc.kubevirt.internal;
