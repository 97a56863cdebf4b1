package io.tankos.cloudinit.internal;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.util.Arrays;

/**
 * The checks OpenSSH makes on the key in a well-formed public key blob before it loads it: RSA
 * modulus size, DSA parameter sizes, ECDSA point on its curve (uncompressed, coordinates in the
 * field and longer than half the order, as {@code sshkey_ec_validate_public}).
 */
final class KeyMaterial {
  private static final int RSA_MIN_BITS = 1024;
  private static final int RSA_MAX_BITS = 16384;

  private static final String CERT = "-cert-v01@openssh.com";
  private static final String OPENSSH = "@openssh.com";
  private static final String ECDSA = "ecdsa-sha2-";

  private KeyMaterial() {}

  /**
   * The key type without its certificate or {@code @openssh.com} suffix, e.g.
   * {@code sk-ecdsa-sha2-nistp256} for {@code sk-ecdsa-sha2-nistp256-cert-v01@openssh.com}.
   */
  static String baseType(String type) {
    String t = type.endsWith(CERT) ? type.substring(0, type.length() - CERT.length()) : type;
    return t.endsWith(OPENSSH) ? t.substring(0, t.length() - OPENSSH.length()) : t;
  }

  /** The curve an ECDSA type names ({@code nistp256}); other types come back as their base type. */
  static String curveName(String type) {
    String base = baseType(type);
    String t = base.startsWith("sk-") ? base.substring(3) : base;
    return t.startsWith(ECDSA) ? t.substring(ECDSA.length()) : t;
  }

  /**
   * The problem of a structurally valid blob's key, or null.
   *
   * @param blob the decoded blob
   * @param type its type
   * @return the problem, or null when OpenSSH loads the key
   */
  static String problem(byte[] blob, String type) {
    int at = next(blob, 0); // the type, skipped without a copy (an Ed25519 key needs none)
    if (type.contains("-cert-v01@")) {
      at = next(blob, at);
    }
    String base = baseType(type);
    if (base.equals("ssh-rsa")) {
      at = next(blob, at);
      int bits = mpint(string(blob, at)).bitLength();
      return bits < RSA_MIN_BITS || bits > RSA_MAX_BITS
          ? "holds an RSA key of " + bits + " bits; OpenSSH loads 1024 to 16384" : null;
    } else if (base.equals("ssh-dss")) {
      int p = mpint(string(blob, at)).bitLength();
      int q = mpint(string(blob, next(blob, at))).bitLength();
      return p != 1024 || q != 160 ? "holds a DSA key that is not 1024 bits (with a 160-bit q)" : null;
    } else if (base.contains("ecdsa-sha2-")) {
      String curve = new String(string(blob, at), java.nio.charset.StandardCharsets.ISO_8859_1);
      return onCurve(curve, string(blob, next(blob, at))) ? null
          : "holds an ECDSA point that is not on the " + curve + " curve";
    }
    return null;
  }

  /** An SSH {@code mpint} (RFC 4251): zero is written with no bytes, which BigInteger refuses. */
  private static BigInteger mpint(byte[] v) {
    return v.length == 0 ? BigInteger.ZERO : new BigInteger(v);
  }

  /** The length of the length-prefixed string at {@code at} of a blob whose structure was checked. */
  private static int length(byte[] blob, int at) {
    return (blob[at] & 0xff) << 24 | (blob[at + 1] & 0xff) << 16 | (blob[at + 2] & 0xff) << 8
        | blob[at + 3] & 0xff;
  }

  /** Where the string after the one at {@code at} starts. */
  private static int next(byte[] blob, int at) {
    return at + 4 + length(blob, at);
  }

  /** The bytes of the string at {@code at}. */
  private static byte[] string(byte[] blob, int at) {
    return Arrays.copyOfRange(blob, at + 4, at + 4 + length(blob, at));
  }

  private static boolean onCurve(String curve, byte[] q) {
    ECParameterSpec spec = parameters(switch (curve) {
      case "nistp256" -> "secp256r1";
      case "nistp384" -> "secp384r1";
      default -> "secp521r1";
    });
    BigInteger p = ((ECFieldFp) spec.getCurve().getField()).getP();
    int len = (p.bitLength() + 7) / 8;
    if (q.length != 1 + 2 * len || q[0] != 4) {
      return false;
    }
    BigInteger x = new BigInteger(1, Arrays.copyOfRange(q, 1, 1 + len));
    BigInteger y = new BigInteger(1, Arrays.copyOfRange(q, 1 + len, q.length));
    int half = spec.getOrder().bitLength() / 2;
    if (x.compareTo(p) >= 0 || y.compareTo(p) >= 0 || x.bitLength() <= half || y.bitLength() <= half) {
      return false;
    }
    BigInteger right = x.pow(3).add(spec.getCurve().getA().multiply(x)).add(spec.getCurve().getB()).mod(p);
    return y.modPow(BigInteger.TWO, p).equals(right);
  }

  private static ECParameterSpec parameters(String name) {
    try {
      AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
      parameters.init(new ECGenParameterSpec(name));
      return parameters.getParameterSpec(ECParameterSpec.class);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks the curve " + name, e);
    }
  }
}
