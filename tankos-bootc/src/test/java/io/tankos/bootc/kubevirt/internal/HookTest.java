package io.tankos.bootc.kubevirt.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.bootc.kubevirt.KubernetesSecret;
import io.tankos.bootc.kubevirt.ObjectMeta;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HookTest {
  @Test
  void onlyTheOwningClassSetsAHookAndItKeepsWorking() {
    // other code, on the class path, tries to put its own function first or after
    assertThatThrownBy(() -> SecretTrees.trees(secret -> Map.of("stolen", "yes")))
        .isInstanceOf(IllegalCallerException.class)
        .hasMessage("the Secrets' tree writer is set by KubernetesSecret only, not by "
            + HookTest.class.getName());
    assertThatThrownBy(() -> VirtualMachineCodec.builtTrees(vm -> Map.of()))
        .isInstanceOf(IllegalCallerException.class)
        .hasMessageStartingWith("the built trees' reader is set by VirtualMachine only");
    KubernetesSecret secret = KubernetesSecret.builder().metadata(ObjectMeta.named("s"))
        .stringData("userdata", "#cloud-config\n").build();
    assertThat(SecretTrees.tree(secret)).doesNotContainKey("stolen").containsKey("stringData");
  }
}
