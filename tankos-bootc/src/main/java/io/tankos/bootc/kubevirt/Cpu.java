package io.tankos.bootc.kubevirt;

/**
 * The guest CPU topology ({@code domain.cpu}); a null count is left out of the manifest.
 *
 * @param cores cores per socket, or null
 * @param sockets sockets, or null
 * @param threads threads per core, or null
 */
public record Cpu(Integer cores, Integer sockets, Integer threads) {

  /**
   * A topology of {@code cores} cores.
   *
   * @param cores the number of cores
   * @return the topology
   */
  public static Cpu cores(int cores) {
    return new Cpu(cores, null, null);
  }
}
