package io.tankos.bootc.image;

import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.Objects;

/**
 * The bootc base image an image builds {@code FROM}, with what the base offers: its package manager
 * and the form in which the image creates accounts. The reference is the default of the
 * Containerfile's {@code ARG BOOTC_BASE}, so a build can override it with {@code --build-arg
 * BOOTC_BASE=…} for a base of the same kind.
 *
 * <pre>{@code
 * BaseImage fedora = BaseImage.fedoraBootc();
 * BaseImage debian = BaseImage.builder("localhost/debian-bootc:12")
 *     .packageManager(PackageManager.APT)
 *     .accounts(AccountsForm.USERADD)
 *     .build();
 * }</pre>
 */
public final class BaseImage {
  /** The Fedora bootc base Tank-OS pins. */
  public static final String FEDORA_BOOTC = "quay.io/fedora/fedora-bootc:44";

  private final String reference;
  private final PackageManager packageManager;
  private final AccountsForm accounts;

  private BaseImage(Builder b) {
    this.reference = b.reference;
    this.packageManager = b.packageManager;
    this.accounts = b.accounts;
  }

  /**
   * Tank-OS's base: {@value #FEDORA_BOOTC} with DNF and sysusers.d/tmpfiles.d accounts.
   *
   * @return the base
   */
  public static BaseImage fedoraBootc() {
    return builder(FEDORA_BOOTC).build();
  }

  /**
   * A builder for a base, by default with DNF and {@link AccountsForm#SYSUSERS}.
   *
   * @param reference the image reference
   * @return the builder
   */
  public static Builder builder(String reference) {
    return new Builder(reference);
  }

  /**
   * A builder holding this base's values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder(reference).packageManager(packageManager).accounts(accounts);
  }

  /**
   * The image reference.
   *
   * @return e.g. {@code quay.io/fedora/fedora-bootc:44}
   */
  public String reference() {
    return reference;
  }

  /**
   * The base's package manager.
   *
   * @return the package manager
   */
  public PackageManager packageManager() {
    return packageManager;
  }

  /**
   * How the image creates accounts on this base.
   *
   * @return the form
   */
  public AccountsForm accounts() {
    return accounts;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BaseImage b && b.reference.equals(reference) && b.packageManager == packageManager
        && b.accounts == accounts;
  }

  @Override
  public int hashCode() {
    return Objects.hash(reference, packageManager, accounts);
  }

  @Override
  public String toString() {
    return "BaseImage[" + reference + ", " + packageManager + ", " + accounts + "]";
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String reference;
    private PackageManager packageManager = PackageManager.DNF;
    private AccountsForm accounts = AccountsForm.SYSUSERS;

    private Builder(String reference) {
      this.reference = Objects.requireNonNull(reference, "reference");
    }

    /**
     * The image reference.
     *
     * @param value e.g. {@code quay.io/fedora/fedora-bootc:44}
     * @return this builder
     */
    public Builder reference(String value) {
      this.reference = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * The base's package manager (default DNF).
     *
     * @param value the package manager
     * @return this builder
     */
    public Builder packageManager(PackageManager value) {
      this.packageManager = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * How accounts are created (default {@link AccountsForm#SYSUSERS}).
     *
     * @param value the form
     * @return this builder
     */
    public Builder accounts(AccountsForm value) {
      this.accounts = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Builds the base.
     *
     * @return the base
     * @throws io.tankos.core.validation.ValidationException at {@code BaseImage.reference} for a
     *     reference with blanks, quotes, {@code $} or control characters
     */
    public BaseImage build() {
      Problems problems = new Problems();
      ImageChecks.image(reference, Location.of("BaseImage").child("reference"), problems);
      problems.throwIfAny();
      return new BaseImage(this);
    }
  }
}
