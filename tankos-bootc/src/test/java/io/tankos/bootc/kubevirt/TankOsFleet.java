package io.tankos.bootc.kubevirt;

import io.tankos.bootc.gitops.GitOpsHost;
import io.tankos.bootc.gitops.GitOpsLayout;
import io.tankos.bootc.gitops.LayoutStyle;
import java.util.List;

/** A Tank-OS fleet of three users for the GitOps tests. */
public final class TankOsFleet {
  public static final List<String> USERS = List.of("alice", "bob", "carol");

  private TankOsFleet() {}

  /** The VM of one user, as Tank-OS deploys it. */
  public static VirtualMachine vm(String user) {
    return TankOsVm.forUser(user);
  }

  /** The user-data Secret of one user. */
  public static KubernetesSecret secret(String user) {
    return KubernetesSecret.builder()
        .metadata(ObjectMeta.named("tank-" + user + "-cloudinit"))
        .stringData(
            KubernetesSecret.USER_DATA_KEY,
            "#cloud-config\nhostname: tank-" + user + "\nusers:\n  - name: openclaw\n")
        .build();
  }

  /** The layout of the fleet; in the rendered style hosts are named like their namespaces. */
  public static GitOpsLayout layout(LayoutStyle style) {
    GitOpsLayout.Builder b =
        GitOpsLayout.builder()
            .name("tank-os")
            .argoNamespace("openshift-gitops")
            .repoUrl("https://git.example.com/fleet.git")
            .targetRevision("main")
            .root("deploy")
            .style(style);
    for (String user : USERS) {
      String host = style == LayoutStyle.RENDERED ? "tank-" + user : user;
      b.host(new GitOpsHost(host, vm(user), List.of(secret(user))));
    }
    return b.build();
  }
}
