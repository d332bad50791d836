package io.github.clsante.cls.spi.facts;

import io.github.clsante.cls.model.BodyKind;
import java.util.Set;

/**
 * A governance body and its composition on the check date.
 *
 * @param bodyId the body
 * @param path JSON Pointer of the body
 * @param kind its kind
 * @param countsAsCopil whether it counts as the COPIL (a COPIL or a merged body)
 * @param countsAsCotech whether it counts as the COTECH (a COTECH or a merged body)
 * @param firstCopil whether it is the first body, in document order, that counts as the COPIL
 * @param firstCotech whether it is the first body, in document order, that counts as the COTECH
 * @param chairIsEluReferent whether its chair holds the élu référent role
 * @param facilitatorIsCoordinator whether its facilitator holds the coordinator role
 * @param memberOrganisationIds organisations of its members
 * @param eluReferentMember whether a member holds the élu référent role
 * @param signatoryCollectiviteMember whether a member belongs to a signatory collectivité
 * @param arsMember whether a member belongs to an ARS
 * @param prefectRepresented whether a member is a délégué du préfet or belongs to a préfecture
 * @since 0.1.0
 */
public record BodyFact(String bodyId, String path, BodyKind kind, boolean countsAsCopil, boolean countsAsCotech,
    boolean firstCopil, boolean firstCotech, boolean chairIsEluReferent, boolean facilitatorIsCoordinator,
    Set<String> memberOrganisationIds, boolean eluReferentMember, boolean signatoryCollectiviteMember,
    boolean arsMember, boolean prefectRepresented) {}
