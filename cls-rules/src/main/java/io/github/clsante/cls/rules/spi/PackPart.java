package io.github.clsante.cls.rules.spi;

import java.util.Objects;

/**
 * One DRL package of rules compiled ahead of time, with the catalogue and the message bundle that describe
 * them. A référentiel is one or more parts: Normandie is the socle part plus the Normandie part.
 *
 * @param packId the pack id findings of these rules name, e.g. "socle"
 * @param drlPackage the DRL package of the rules, e.g. "io.github.clsante.cls.rules.socle"
 * @param modelListing the class path resource listing the jar's executable models, i.e.
 *     {@code META-INF/kie/<groupId>/<artifactId>/drools-model} of the Maven module that compiled the rules
 * @param catalogue the class path resource of the catalogue (a UTF-8 properties file, see the docs)
 * @param messagesBundle the base name of the message bundle (French by default, {@code _en} for English)
 * @since 0.1.0
 */
public record PackPart(String packId, String drlPackage, String modelListing, String catalogue,
    String messagesBundle) {

  /**
   * @param packId the pack id
   * @param drlPackage the DRL package
   * @param modelListing the model listing resource
   * @param catalogue the catalogue resource
   * @param messagesBundle the message bundle base name
   */
  public PackPart {
    Objects.requireNonNull(packId, "packId");
    Objects.requireNonNull(drlPackage, "drlPackage");
    Objects.requireNonNull(modelListing, "modelListing");
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(messagesBundle, "messagesBundle");
  }
}
