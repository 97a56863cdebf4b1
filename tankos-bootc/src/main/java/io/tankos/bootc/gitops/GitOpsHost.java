package io.tankos.bootc.gitops;

import io.tankos.bootc.kubevirt.KubernetesSecret;
import io.tankos.bootc.kubevirt.VirtualMachine;
import java.util.List;
import java.util.Objects;

/**
 * One host of a fleet on KubeVirt: its directory name, its VirtualMachine and the Secrets it reads
 * (user-data, network-config).
 *
 * @param name the host's directory and Application suffix, a DNS-1123 label
 * @param virtualMachine the VM
 * @param secrets the Secrets deployed with it
 */
public record GitOpsHost(
    String name, VirtualMachine virtualMachine, List<KubernetesSecret> secrets) {

  /**
   * Checks and copies.
   *
   * @param name the name
   * @param virtualMachine the VM
   * @param secrets the Secrets
   */
  public GitOpsHost {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(virtualMachine, "virtualMachine");
    secrets = List.copyOf(secrets);
  }

  /**
   * The namespace the host deploys into: the VM's namespace, or the host's name when the VM has
   * none.
   *
   * @return the namespace
   */
  public String namespace() {
    String ns = virtualMachine.metadata().namespace();
    return ns == null ? name : ns;
  }
}
