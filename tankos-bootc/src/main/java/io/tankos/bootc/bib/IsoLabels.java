package io.tankos.bootc.bib;

/**
 * ISO 9660 labels of an installer ISO ({@code [customizations.iso]}); null components are left out.
 *
 * @param volumeId the volume id
 * @param applicationId the application id
 * @param publisher the publisher
 */
public record IsoLabels(String volumeId, String applicationId, String publisher) {}
