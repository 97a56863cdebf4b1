package io.tankos.bootc.fleet;

import io.tankos.cloudinit.UserData;
import java.util.Objects;

/** A user-data shared by the hosts with the same keys and instances, and its rendered bytes. */
final class SharedUserData {
  private final UserData userData;
  private final byte[] bytes;

  SharedUserData(UserData userData) {
    this.userData = Objects.requireNonNull(userData, "userData");
    this.bytes = userData.bytes();
  }

  UserData userData() {
    return userData;
  }

  /** The rendered bytes; callers must not change them. */
  byte[] bytes() {
    return bytes;
  }
}
