/**
 * Typed KubeVirt {@link io.tankos.bootc.kubevirt.VirtualMachine} manifests (run strategy, CPU and
 * memory, disks, interfaces and networks, containerDisk / cloudInitNoCloud / DataVolume / PVC
 * volumes), Kubernetes {@link io.tankos.bootc.kubevirt.KubernetesSecret}s for user-data, and the
 * containerDisk Containerfile. Manifests are read and written through Jackson with Kubernetes key
 * order; fields the model does not type are kept.
 */
package io.tankos.bootc.kubevirt;
