package io.github.clsante.cls.spi.facts;

/**
 * The signatories, signed or planned, counted. One per check. Read by SOC-SIGNATORIES.
 *
 * @param signatoryCount how many signatories
 * @param arsSignatories how many of them are an ARS
 * @param collectiviteSignatories how many of them are a collectivité
 *
 * @since 0.1.0
 */
public record SignatoriesFact(int signatoryCount, int arsSignatories, int collectiviteSignatories) {}
